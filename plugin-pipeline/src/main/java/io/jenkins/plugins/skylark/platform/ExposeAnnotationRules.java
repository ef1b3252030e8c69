package io.jenkins.plugins.skylark.platform;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rules for the administrator's list of route annotations {@code platformExpose} may set: each entry a
 * Kubernetes annotation key ({@code [prefix/]name}) or a whole prefix ({@code prefix/*}), listed once, and
 * never Skylark's own prefix, which the expose step keeps to itself whatever the list says.
 */
final class ExposeAnnotationRules {

    static final String OBJECT_KIND = "platform";
    /** The global settings have no id; problems name them this way. */
    static final String OBJECT_ID = "global";
    private static final String RESERVED_PREFIX = "skylark.jenkins.io/";
    private static final String WILDCARD = "/*";

    private ExposeAnnotationRules() {
    }

    static void check(PlatformModel model, Problems problems) {
        entries(problems.about(OBJECT_KIND, OBJECT_ID), model.exposeAnnotations());
    }

    static void entries(Problems.Subject subject, List<String> entries) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i);
            String field = "exposeAnnotations[" + i + "]";
            if (!subject.required(field, entry)) {
                continue;
            }
            if (entry.startsWith(RESERVED_PREFIX)) {
                subject.add(field, "exposeAnnotation.reserved", entry, RESERVED_PREFIX);
            } else if (!isWellFormed(entry)) {
                subject.add(field, "exposeAnnotation.invalid", entry);
            } else if (!seen.add(entry)) {
                subject.add(field, "exposeAnnotation.duplicate", entry);
            }
        }
    }

    private static boolean isWellFormed(String entry) {
        if (entry.endsWith(WILDCARD)) {
            return KubernetesNames.isSubdomain(entry.substring(0, entry.length() - WILDCARD.length()));
        }
        return KubernetesNames.isLabelKey(entry);
    }
}
