package io.jenkins.plugins.skylark.release;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One mistake in a release plan, where it is: the file ({@code null} for Jenkinsfile values), the field path
 * such as {@code steps[2].weight} (steps counted from 0, like the template descriptors), and the line
 * (1-based; 0 when unknown, as for Jenkinsfile values).
 *
 * @param key the message key in this package's {@code Messages.properties}
 * @param args the message arguments, as text
 */
public record ReleaseProblem(String file, String field, int line, String key, List<String> args)
        implements Serializable {

    public ReleaseProblem {
        field = field == null ? "" : field;
        args = List.copyOf(args);
    }

    /** {@code release.yaml steps[2].weight (line 7): must be …}, in {@code locale}. */
    public String message(Locale locale) {
        return where() + ": " + text(locale);
    }

    /** What is wrong, without where: {@code must be between 0 and 100, was 150}. */
    public String text(Locale locale) {
        return Messages.format(locale, key, args.toArray());
    }

    /** For a missing required field: its name ({@code field} is then its parent); otherwise empty. */
    public Optional<String> missingField() {
        return "plan.missingField".equals(key) ? Optional.of(args.get(0)) : Optional.empty();
    }

    private String where() {
        String where = file == null || file.isEmpty() ? field : field.isEmpty() ? file : file + " " + field;
        if (where.isEmpty()) {
            where = Messages.format(Locale.ROOT, "plan.where");
        }
        return line > 0 ? where + " (line " + line + ")" : where;
    }
}
