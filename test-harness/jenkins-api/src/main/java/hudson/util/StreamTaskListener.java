package hudson.util;

import hudson.model.TaskListener;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** A {@link TaskListener} that writes to an output stream. */
public class StreamTaskListener extends AbstractTaskListener implements TaskListener, Closeable {
    private static final long serialVersionUID = 1L;
    private final transient PrintStream out;
    private final transient Charset charset;

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
}
