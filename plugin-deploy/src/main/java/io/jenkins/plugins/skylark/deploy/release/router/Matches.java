package io.jenkins.plugins.skylark.deploy.release.router;

import io.jenkins.plugins.skylark.release.ReleaseStep;

/** Log text of a match: {@code header x-canary: true}, {@code header x-canary}, {@code cookie canary}. */
final class Matches {
    private Matches() {
    }

    static String describe(ReleaseStep.Match match) {
        if (match.cookie() != null) {
            return "cookie " + match.cookie();
        }
        return "header " + match.header() + (match.value() == null ? "" : ": " + match.value());
    }
}
