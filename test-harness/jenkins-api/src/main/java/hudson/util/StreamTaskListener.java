package hudson.util;

import hudson.model.TaskListener;
import java.io.Closeable;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link TaskListener} that writes to an output stream. As in Jenkins (where the stream is exported
 * as a {@code RemoteOutputStream}), a copy that crossed a channel keeps writing to the original stream:
 * the stand-in's channels stay in one JVM, so the stream is exported through an in-memory table instead.
 */
public class StreamTaskListener extends AbstractTaskListener implements TaskListener, Closeable {
    private static final long serialVersionUID = 1L;
    private static final Map<Long, PrintStream> EXPORTED = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT_EXPORT = new AtomicLong();
    private static final long NOT_EXPORTED = -1;
    private static final long REMOTE_COPY = -2;

    private transient PrintStream out;
    private transient Charset charset;
    private transient long exportId = NOT_EXPORTED;

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
        if (exportId == REMOTE_COPY) { // as Jenkins' CloseProofOutputStream: only the owner closes the console
            out.flush();
            return;
        }
        if (exportId >= 0) {
            EXPORTED.remove(exportId);
        }
        out.close();
    }

    private synchronized long export() {
        if (exportId == NOT_EXPORTED) {
            exportId = NEXT_EXPORT.incrementAndGet();
            EXPORTED.put(exportId, out);
        }
        return exportId;
    }

    private void writeObject(ObjectOutputStream stream) throws IOException {
        stream.defaultWriteObject();
        stream.writeLong(export());
        stream.writeUTF(charset.name());
    }

    private void readObject(ObjectInputStream stream) throws IOException, ClassNotFoundException {
        stream.defaultReadObject();
        long id = stream.readLong();
        charset = Charset.forName(stream.readUTF());
        PrintStream exported = EXPORTED.get(id);
        if (exported == null) {
            throw new IOException("the console this listener wrote to is closed");
        }
        out = exported;
        exportId = REMOTE_COPY;
    }
}
