package io.jenkins.plugins.skylark.template.job;

import java.util.Comparator;

/** Orders template versions ({@code major.minor.patch}, as the descriptor reader requires) numerically. */
public final class TemplateVersions {

    public static final Comparator<String> ORDER = TemplateVersions::compare;

    private TemplateVersions() {
    }

    public static int compare(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            int c = Long.compare(part(left, i), part(right, i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static long part(String[] parts, int i) {
        if (i >= parts.length) {
            return 0;
        }
        try {
            return Long.parseLong(parts[i]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a template version (major.minor.patch): " + String.join(".", parts), e);
        }
    }
}
