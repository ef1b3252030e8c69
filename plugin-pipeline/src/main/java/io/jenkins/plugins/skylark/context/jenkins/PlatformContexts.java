package io.jenkins.plugins.skylark.context.jenkins;

import hudson.AbortException;
import io.jenkins.plugins.skylark.context.ResolvedPlatformContext;
import java.io.IOException;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/** How Skylark steps read the context of the enclosing {@code withPlatform} block. */
public final class PlatformContexts {
    private PlatformContexts() {
    }

    /**
     * The innermost {@code withPlatform}'s resolved context.
     *
     * @param stepName the calling step's function name, for the error message
     * @throws AbortException when the step is not inside {@code withPlatform}
     */
    public static ResolvedPlatformContext require(StepContext context, String stepName)
            throws IOException, InterruptedException {
        ResolvedPlatformContext resolved = context.get(ResolvedPlatformContext.class);
        if (resolved == null) {
            throw new AbortException(Messages.get("PlatformContexts.outsideWithPlatform", stepName));
        }
        return resolved;
    }
}
