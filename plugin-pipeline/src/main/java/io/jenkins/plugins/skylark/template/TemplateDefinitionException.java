package io.jenkins.plugins.skylark.template;

import java.util.Locale;

/**
 * A template folder that is not a valid template: names the file, the field (a path such as
 * {@code stages[2].tasks[0].fragment}) and, when known, the line (1-based; 0 when unknown).
 */
public class TemplateDefinitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String field;
    private final int line;

    TemplateDefinitionException(String file, String field, int line, String key, Object... args) {
        super(describe(file, field, line) + ": " + Messages.format(Locale.ROOT, key, args));
        this.file = file;
        this.field = field;
        this.line = line;
    }

    private static String describe(String file, String field, int line) {
        String where = field.isEmpty() ? file : file + " " + field;
        return line > 0 ? where + " (line " + line + ")" : where;
    }

    public String file() {
        return file;
    }

    public String field() {
        return field;
    }

    public int line() {
        return line;
    }
}
