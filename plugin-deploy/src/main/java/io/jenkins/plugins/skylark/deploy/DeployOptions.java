package io.jenkins.plugins.skylark.deploy;

import java.io.Serializable;
import java.time.Duration;
import java.util.Set;

/**
 * How a deploy or operation behaves. {@link #defaults()}: wait up to 10 minutes polling every second,
 * roll back on failure, images must be pinned by digest, nothing outside the environment's namespace,
 * 8 parallel applies.
 */
public record DeployOptions(Duration timeout, Duration pollInterval, boolean rollbackOnFailure, boolean waitForRollout,
        boolean allowTagOnlyImage, Set<String> allowedNamespaces, Set<String> allowedClusterKinds, int applyThreads)
        implements Serializable {

    public DeployOptions {
        requirePositive(timeout, "timeout");
        requirePositive(pollInterval, "pollInterval");
        if (applyThreads < 1 || applyThreads > 64) {
            throw new IllegalArgumentException("deploy option 'applyThreads' must be between 1 and 64, was " + applyThreads);
        }
        allowedNamespaces = allowedNamespaces == null ? Set.of() : Set.copyOf(allowedNamespaces);
        allowedClusterKinds = allowedClusterKinds == null ? Set.of() : Set.copyOf(allowedClusterKinds);
    }

    public static DeployOptions defaults() {
        return new DeployOptions(Duration.ofMinutes(10), Duration.ofSeconds(1), true, true, false, Set.of(), Set.of(), 8);
    }

    public DeployOptions withTimeout(Duration value) {
        return new DeployOptions(value, pollInterval, rollbackOnFailure, waitForRollout, allowTagOnlyImage,
                allowedNamespaces, allowedClusterKinds, applyThreads);
    }

    public DeployOptions withPollInterval(Duration value) {
        return new DeployOptions(timeout, value, rollbackOnFailure, waitForRollout, allowTagOnlyImage,
                allowedNamespaces, allowedClusterKinds, applyThreads);
    }

    public DeployOptions withRollbackOnFailure(boolean value) {
        return new DeployOptions(timeout, pollInterval, value, waitForRollout, allowTagOnlyImage,
                allowedNamespaces, allowedClusterKinds, applyThreads);
    }

    public DeployOptions withWaitForRollout(boolean value) {
        return new DeployOptions(timeout, pollInterval, rollbackOnFailure, value, allowTagOnlyImage,
                allowedNamespaces, allowedClusterKinds, applyThreads);
    }

    public DeployOptions withAllowTagOnlyImage(boolean value) {
        return new DeployOptions(timeout, pollInterval, rollbackOnFailure, waitForRollout, value,
                allowedNamespaces, allowedClusterKinds, applyThreads);
    }

    public DeployOptions withAllowed(Set<String> namespaces, Set<String> clusterKinds) {
        return new DeployOptions(timeout, pollInterval, rollbackOnFailure, waitForRollout, allowTagOnlyImage,
                namespaces, clusterKinds, applyThreads);
    }

    public DeployOptions withApplyThreads(int value) {
        return new DeployOptions(timeout, pollInterval, rollbackOnFailure, waitForRollout, allowTagOnlyImage,
                allowedNamespaces, allowedClusterKinds, value);
    }

    private static void requirePositive(Duration value, String field) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("deploy option '" + field + "' must be a positive duration, was " + value);
        }
    }
}
