package io.jenkins.plugins.skylark.harness;

import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;

/**
 * The one policy for tests that need a program from a Debian package (docker-registry, postgresql,
 * kubectl, chromium): under {@code CI=true} a missing program fails the test, so CI never passes by
 * skipping; elsewhere the test is skipped and the reason printed.
 */
public final class MissingTool {
    private MissingTool() {
    }

    /** Whether {@code environment} says this is CI ({@code CI=true}, in any case). */
    public static boolean onCi(Function<String, String> environment) {
        return "true".equalsIgnoreCase(environment.apply("CI"));
    }

    public static boolean onCi() {
        return onCi(System::getenv);
    }

    /** Ends the calling test for want of a program: fails under CI, otherwise skips it, printing {@code reason}. */
    public static void skipOrFail(String reason) {
        if (onCi()) {
            throw new AssertionError(reason + "; CI=true requires it");
        }
        System.out.println("Skipping: " + reason);
        Assumptions.abort(reason);
    }
}
