package hudson.util;

import java.io.IOException;
import org.kohsuke.stapler.HttpResponse;

/**
 * Stand-in of the result of a {@code doCheck…} form check. As in Jenkins, {@link #error(String)} takes
 * plain text and escapes it for the page (so does {@link #warning(String)}), so {@link #getMessage()} is the escaped text; {@code error(null)}
 * is {@link #ok()}.
 */
public abstract class FormValidation extends IOException implements HttpResponse {
    private static final long serialVersionUID = 1L;

    public final Kind kind;

    private FormValidation(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public static FormValidation error(String message) {
        return message == null ? ok() : new Result(Kind.ERROR, escape(message));
    }

    /** As {@link #error(String)}, shown as a warning: the value may still be saved. */
    public static FormValidation warning(String message) {
        return message == null ? ok() : new Result(Kind.WARNING, escape(message));
    }

    public static FormValidation ok() {
        return new Result(Kind.OK, null);
    }

    /** Markup characters and line breaks escaped as Jenkins' {@code Util.escape} does. */
    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\n' -> escaped.append("<br>");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#039;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** OK, WARNING or ERROR, as the form shows it. */
    public enum Kind {
        OK, WARNING, ERROR
    }

    private static final class Result extends FormValidation {
        private static final long serialVersionUID = 1L;

        Result(Kind kind, String message) {
            super(kind, message);
        }
    }
}
