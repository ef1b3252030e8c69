package io.jenkins.plugins.skylark.metrics.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code jdbc:h2:forcecount:/path}) that passes everything to the disk and counts
 * how often H2 forces a file to it ({@link FileChannel#force}, the {@code fsync}): the only way to see,
 * short of cutting the power, whether an acknowledged commit has reached the disk.
 */
public final class ForceCountingFileSystem extends FilePathWrapper {

    static final String SCHEME = "forcecount";
    private static final AtomicLong FORCES = new AtomicLong();

    static {
        FilePath.register(new ForceCountingFileSystem());
    }

    /** Public, as H2 creates one per path by reflection. */
    public ForceCountingFileSystem() {
        super();
    }

    /** Registers the file system (once) and gives the number of forces so far. */
    static long forces() {
        return FORCES.get();
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Counting(getBase().open(mode));
    }

    /** Delegates to the real channel, counting {@link #force}. */
    private static final class Counting extends FileBase {
        private final FileChannel channel;

        Counting(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            FORCES.incrementAndGet();
            channel.force(metaData);
        }

        @Override
        public int read(ByteBuffer destination) throws IOException {
            return channel.read(destination);
        }

        @Override
        public int read(ByteBuffer destination, long position) throws IOException {
            return channel.read(destination, position);
        }

        @Override
        public int write(ByteBuffer source) throws IOException {
            return channel.write(source);
        }

        @Override
        public int write(ByteBuffer source, long position) throws IOException {
            return channel.write(source, position);
        }

        @Override
        public long position() throws IOException {
            return channel.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            channel.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return channel.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            channel.truncate(size);
            return this;
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return channel.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            channel.close();
        }
    }
}
