package io.jenkins.plugins.skylark.harness.pipeline;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import org.codehaus.groovy.runtime.InvokerInvocationException;

/** Turns whatever a step threw into the build failure Jenkins would report. */
final class Failures {
    private Failures() {
    }

    static PipelineFailure of(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        if (cause instanceof PipelineFailure failure) {
            return failure;
        }
        // hudson.AbortException: a user-facing failure whose message is the whole story.
        if (cause.getClass().getName().equals("hudson.AbortException")) {
            return new PipelineFailure(cause.getMessage());
        }
        PipelineFailure failure = new PipelineFailure(cause.getClass().getName() + ": " + cause.getMessage());
        failure.initCause(cause);
        return failure;
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        while ((current instanceof InvokerInvocationException || current instanceof InvocationTargetException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    static void joinAll(List<Thread> threads) {
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PipelineFailure("interrupted while waiting for parallel branches", BuildResult.ABORTED);
            }
        }
    }
}
