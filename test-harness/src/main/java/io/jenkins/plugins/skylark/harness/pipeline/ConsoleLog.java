package io.jenkins.plugins.skylark.harness.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The build's console: one stream all steps and branches write to, readable by the test. */
public final class ConsoleLog {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream stream;

    public ConsoleLog(boolean echoToStandardOut) {
        OutputStream sink = echoToStandardOut ? new Tee(bytes, System.out) : bytes;
        this.stream = new PrintStream(sink, true, StandardCharsets.UTF_8);
    }

    public PrintStream stream() {
        return stream;
    }

    public void println(String line) {
        stream.println(line);
    }

    public String text() {
        synchronized (stream) {
            stream.flush();
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public synchronized void write(int b) throws java.io.IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws java.io.IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }
    }
}
