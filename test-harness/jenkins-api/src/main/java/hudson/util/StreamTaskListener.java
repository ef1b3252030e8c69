package hudson.util;

import hudson.model.TaskListener;
import java.io.Closeable;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.ref.WeakReference;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link TaskListener} that writes to an output stream. Like Jenkins' (which sends a
 * {@code RemoteOutputStream}), a copy sent to an agent writes to the original console: the stand-in's
 * channels are in one JVM, so the stream is exported by id instead of through a remoting pipe.
 */
public class StreamTaskListener extends AbstractTaskListener implements TaskListener, Closeable {
    private static final long serialVersionUID = 1L;
    private static final AtomicLong EXPORT_IDS = new AtomicLong();
    private static final Map<Long, WeakReference<PrintStream>> EXPORTED = new ConcurrentHashMap<>();

    private transient PrintStream out;
    private transient Charset charset;

    public StreamTaskListener(OutputStream out, Charset charset) {
        this.charset = charset == null ? StandardCharsets.UTF_8 : charset;
        this.out = out instanceof PrintStream ps ? ps : new PrintStream(out, true, this.charset);
    }

    @Override
    public PrintStream getLogger() {
        return out;
    }

    @Override
    public Charset getCharset() {
        return charset;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void writeObject(ObjectOutputStream stream) throws IOException {
        long id = EXPORT_IDS.incrementAndGet();
        EXPORTED.values().removeIf(reference -> reference.get() == null);
        EXPORTED.put(id, new WeakReference<>(out));
        stream.defaultWriteObject();
        stream.writeLong(id);
        stream.writeUTF(charset.name());
    }

    private void readObject(ObjectInputStream stream) throws IOException, ClassNotFoundException {
        stream.defaultReadObject();
        WeakReference<PrintStream> exported = EXPORTED.get(stream.readLong());
        charset = Charset.forName(stream.readUTF());
        out = exported == null ? null : exported.get();
        if (out == null) {
            throw new IOException("the console this listener wrote to is gone");
        }
    }
}
