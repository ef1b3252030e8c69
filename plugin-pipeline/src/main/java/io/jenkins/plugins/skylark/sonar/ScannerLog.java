package io.jenkins.plugins.skylark.sonar;

import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Copies what the scanner library logs (SLF4J, which Jenkins binds to java.util.logging) to the build log
 * while an analysis runs, masking the token, and keeps its errors for the failure message. Where SLF4J has no
 * binding (an agent without one) the lines are simply not seen; the step still reports the outcome.
 */
final class ScannerLog extends Handler implements AutoCloseable {
    private static final String MASK = "****";
    private static final Logger SONAR = Logger.getLogger("org.sonarsource");

    private final String token;
    private final Consumer<String> log;
    private final List<String> errors;
    private final SimpleFormatter formatter = new SimpleFormatter();

    private ScannerLog(String token, Consumer<String> log, List<String> errors) {
        this.token = token;
        this.log = log;
        this.errors = errors;
    }

    static ScannerLog capture(String token, Consumer<String> log, List<String> errors) {
        ScannerLog handler = new ScannerLog(token, log, errors);
        handler.setLevel(Level.INFO);
        SONAR.addHandler(handler);
        return handler;
    }

    @Override
    public void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        String line = mask(formatter.formatMessage(record));
        if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
            errors.add(line);
        }
        log.accept("[sonar] " + line);
    }

    String mask(String line) {
        return token == null || token.isEmpty() || line == null ? line : line.replace(token, MASK);
    }

    @Override
    public void flush() {
        // lines are handed on as they come
    }

    @Override
    public void close() {
        SONAR.removeHandler(this);
    }
}
