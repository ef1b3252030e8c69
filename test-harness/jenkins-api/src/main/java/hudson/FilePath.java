package hudson;

import hudson.remoting.Callable;
import hudson.remoting.LocalChannel;
import hudson.remoting.VirtualChannel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import jenkins.MasterToSlaveFileCallable;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

/**
 * A file or directory on the controller (no channel) or on an agent (reached through a channel).
 * Every file operation is a {@link FileCallable} run through {@link #act(FileCallable)}, exactly as
 * in Jenkins, so on a remote path the work is serialised to the other side.
 */
public final class FilePath implements SerializableOnlyOverRemoting {
    private static final long serialVersionUID = 1L;

    public static final LocalChannel localChannel = new LocalChannel(Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "FilePath.localChannel");
        thread.setDaemon(true);
        return thread;
    }));

    private transient VirtualChannel channel;
    private final String remote;

    public FilePath(VirtualChannel channel, String remote) {
        this.channel = channel instanceof LocalChannel ? null : channel;
        this.remote = normalizePath(remote);
    }

    public FilePath(File localPath) {
        this.channel = null;
        this.remote = normalizePath(localPath.getPath());
    }

    public FilePath(FilePath base, String rel) {
        this.channel = base.channel;
        this.remote = new File(rel).isAbsolute() ? normalizePath(rel) : normalizePath(base.remote + File.separator + rel);
    }

    public String getRemote() {
        return remote;
    }

    public <T> T act(FileCallable<T> callable) throws IOException, InterruptedException {
        if (channel == null) {
            return callable.invoke(new File(remote), localChannel);
        }
        try {
            return channel.call(new FileCallableWrapper<>(callable, remote));
        } catch (TunneledInterruptedException e) {
            throw (InterruptedException) new InterruptedException(e.getMessage()).initCause(e.getCause());
        }
    }

    public <V, E extends Throwable> V act(Callable<V, E> callable) throws IOException, InterruptedException, E {
        return channel == null ? callable.call() : channel.call(callable);
    }

    public FilePath child(String relOrAbsolute) {
        return new FilePath(this, relOrAbsolute);
    }

    public FilePath getParent() {
        Path parent = Paths.get(remote).getParent();
        return parent == null ? null : new FilePath(channel, parent.toString());
    }

    public String getName() {
        Path name = Paths.get(remote).getFileName();
        return name == null ? "" : name.toString();
    }

    public boolean exists() throws IOException, InterruptedException {
        return act(new Exists());
    }

    public boolean isDirectory() throws IOException, InterruptedException {
        return act(new IsDirectory());
    }

    public void mkdirs() throws IOException, InterruptedException {
        if (!act(new Mkdirs())) {
            throw new IOException("Failed to mkdirs: " + remote);
        }
    }

    public boolean delete() throws IOException, InterruptedException {
        act(new Delete());
        return true;
    }

    public void deleteRecursive() throws IOException, InterruptedException {
        act(new DeleteRecursive());
    }

    public InputStream read() throws IOException, InterruptedException {
        if (channel == null) {
            return Files.newInputStream(Paths.get(remote));
        }
        return new ByteArrayInputStream(act(new ReadBytes()));
    }

    public String readToString() throws IOException, InterruptedException {
        return new String(act(new ReadBytes()), Charset.defaultCharset());
    }

    public OutputStream write() throws IOException, InterruptedException {
        if (channel == null) {
            File file = new File(remote);
            Files.createDirectories(file.getAbsoluteFile().getParentFile().toPath());
            return Files.newOutputStream(file.toPath());
        }
        return new RemoteOutputStream(this);
    }

    public void write(String content, String encoding) throws IOException, InterruptedException {
        Charset charset = encoding == null ? Charset.defaultCharset() : Charset.forName(encoding);
        act(new WriteBytes(content.getBytes(charset)));
    }

    public VirtualChannel getChannel() {
        return channel == null ? localChannel : channel;
    }

    public boolean isRemote() {
        return channel != null;
    }

    @Override
    public String toString() {
        return remote;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        FilePath that = (FilePath) o;
        return Objects.equals(channel, that.channel) && remote.equals(that.remote);
    }

    @Override
    public int hashCode() {
        return 31 * (channel != null ? channel.hashCode() : 0) + remote.hashCode();
    }

    private static String normalizePath(String path) {
        return Paths.get(path).normalize().toString();
    }

    /** Work on one file, run where the file is. */
    public interface FileCallable<T> extends java.io.Serializable, org.jenkinsci.remoting.RoleSensitive {
        T invoke(File f, VirtualChannel channel) throws IOException, InterruptedException;
    }

    /** Carries a file callable to the other side of a channel, like Jenkins' own wrapper. */
    private static final class FileCallableWrapper<T> implements Callable<T, IOException> {
        private static final long serialVersionUID = 1L;
        private final FileCallable<T> callable;
        private final String remote;

        FileCallableWrapper(FileCallable<T> callable, String remote) {
            this.callable = callable;
            this.remote = remote;
        }

        @Override
        public T call() throws IOException {
            try {
                return callable.invoke(new File(remote), localChannel);
            } catch (InterruptedException e) {
                throw new TunneledInterruptedException(e);
            }
        }
    }

    private static final class TunneledInterruptedException extends IOException {
        private static final long serialVersionUID = 1L;

        TunneledInterruptedException(InterruptedException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private static final class Exists extends MasterToSlaveFileCallable<Boolean> {
        private static final long serialVersionUID = 1L;

        @Override
        public Boolean invoke(File f, VirtualChannel channel) {
            return f.exists();
        }
    }

    private static final class IsDirectory extends MasterToSlaveFileCallable<Boolean> {
        private static final long serialVersionUID = 1L;

        @Override
        public Boolean invoke(File f, VirtualChannel channel) {
            return f.isDirectory();
        }
    }

    private static final class Mkdirs extends MasterToSlaveFileCallable<Boolean> {
        private static final long serialVersionUID = 1L;

        @Override
        public Boolean invoke(File f, VirtualChannel channel) {
            return f.mkdirs() || f.exists();
        }
    }

    private static final class Delete extends MasterToSlaveFileCallable<Void> {
        private static final long serialVersionUID = 1L;

        @Override
        public Void invoke(File f, VirtualChannel channel) throws IOException {
            Files.deleteIfExists(f.toPath());
            return null;
        }
    }

    private static final class DeleteRecursive extends MasterToSlaveFileCallable<Void> {
        private static final long serialVersionUID = 1L;

        @Override
        public Void invoke(File f, VirtualChannel channel) throws IOException {
            if (!f.exists()) {
                return null;
            }
            try (Stream<Path> paths = Files.walk(f.toPath())) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
            return null;
        }
    }

    private static final class ReadBytes extends MasterToSlaveFileCallable<byte[]> {
        private static final long serialVersionUID = 1L;

        @Override
        public byte[] invoke(File f, VirtualChannel channel) throws IOException {
            return Files.readAllBytes(f.toPath());
        }
    }

    private static final class WriteBytes extends MasterToSlaveFileCallable<Void> {
        private static final long serialVersionUID = 1L;
        private final byte[] content;

        WriteBytes(byte[] content) {
            this.content = content;
        }

        @Override
        public Void invoke(File f, VirtualChannel channel) throws IOException {
            Files.createDirectories(f.getAbsoluteFile().getParentFile().toPath());
            Files.write(f.toPath(), content);
            return null;
        }
    }

    /** Buffers what is written and ships it to the remote file when closed. */
    private static final class RemoteOutputStream extends ByteArrayOutputStream {
        private final FilePath target;
        private boolean closed;

        RemoteOutputStream(FilePath target) {
            this.target = target;
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                target.act(new WriteBytes(toByteArray()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
    }
}
