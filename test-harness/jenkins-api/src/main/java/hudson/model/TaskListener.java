package hudson.model;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

/** Receives the progress of a task: the build's console log. */
public interface TaskListener extends SerializableOnlyOverRemoting {
    TaskListener NULL = new NullTaskListener();

    PrintStream getLogger();

    default Charset getCharset() {
        return StandardCharsets.UTF_8;
    }

    default PrintWriter error(String msg) {
        getLogger().println("ERROR: " + msg);
        return new PrintWriter(new OutputStreamWriter(getLogger(), getCharset()), true);
    }

    default PrintWriter error(String format, Object... args) {
        return error(String.format(format, args));
    }

    default PrintWriter fatalError(String msg) {
        getLogger().println("FATAL: " + msg);
        return new PrintWriter(new OutputStreamWriter(getLogger(), getCharset()), true);
    }

    default PrintWriter fatalError(String format, Object... args) {
        return fatalError(String.format(format, args));
    }
}
