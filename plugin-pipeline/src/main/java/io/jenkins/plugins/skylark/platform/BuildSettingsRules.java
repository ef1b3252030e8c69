package io.jenkins.plugins.skylark.platform;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Rules for an application's {@link BuildSettings}: the artefact glob stays inside the workspace, and the
 * SonarQube project key follows SonarQube's own rule (at most 400 letters, digits, '-', '_', '.' or ':', with at
 * least one non-digit), so a bad key fails on save rather than in the scanner.
 */
final class BuildSettingsRules {

    private static final Pattern SONAR_PROJECT_KEY = Pattern.compile("[A-Za-z0-9_.:-]{1,400}");
    private static final Pattern ALL_DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern ABSOLUTE = Pattern.compile("^([/\\\\~]|[A-Za-z]:).*");
    private static final Pattern CONTROL = Pattern.compile(".*\\p{Cntrl}.*");

    private BuildSettingsRules() {
    }

    static void check(Problems.Subject subject, BuildSettings build) {
        if (!ObjectIds.isBlank(build.artifacts())) {
            artifacts(subject, "build.artifacts", build.artifacts());
        }
        if (build.sonarProjectKey() != null) {
            sonarProjectKey(subject, "build.sonarProjectKey", build.sonarProjectKey());
        }
    }

    /** Ant-style patterns separated by commas, each relative, without {@code ..} and not empty. */
    static void artifacts(Problems.Subject subject, String field, String glob) {
        for (String pattern : glob.split(",", -1)) {
            String text = pattern.strip();
            boolean escapes = List.of(text.split("[/\\\\]")).contains("..");
            if (text.isEmpty() || escapes || ABSOLUTE.matcher(text).matches() || CONTROL.matcher(text).matches()) {
                subject.add(field, "build.artifacts.invalid", glob.strip());
                return;
            }
        }
    }

    static void sonarProjectKey(Problems.Subject subject, String field, String key) {
        if (!SONAR_PROJECT_KEY.matcher(key).matches() || ALL_DIGITS.matcher(key).matches()) {
            subject.add(field, "build.sonarProjectKey.invalid", key);
        }
    }
}
