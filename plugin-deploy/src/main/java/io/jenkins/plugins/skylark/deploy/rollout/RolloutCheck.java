package io.jenkins.plugins.skylark.deploy.rollout;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetStatus;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetStatus;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.util.Objects;

/** Pure rules deciding, from a workload's spec and status, whether its rollout is complete. */
public final class RolloutCheck {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(RolloutCheck.class);

    private RolloutCheck() {
    }

    public static RolloutProgress evaluate(HasMetadata workload) {
        return evaluate(workload, generationOf(workload));
    }

    /**
     * @param generation the generation the status must belong to: at least the one of the object the caller
     *     wrote (a read can return an older copy), and the object's own
     */
    public static RolloutProgress evaluate(HasMetadata workload, long generation) {
        long wanted = Math.max(generation, generationOf(workload));
        if (workload instanceof Deployment deployment) {
            return deployment(deployment, wanted);
        }
        if (workload instanceof StatefulSet statefulSet) {
            return statefulSet(statefulSet, wanted);
        }
        if (workload instanceof DaemonSet daemonSet) {
            return daemonSet(daemonSet, wanted);
        }
        throw new IllegalArgumentException("not a workload: " + workload.getKind());
    }

    /** {@code metadata.generation}, 0 when the server sets none. */
    public static long generationOf(HasMetadata workload) {
        Long generation = workload.getMetadata().getGeneration();
        return generation == null ? 0 : generation;
    }

    static RolloutProgress deployment(Deployment deployment, long generation) {
        DeploymentStatus status = deployment.getStatus() == null ? new DeploymentStatus() : deployment.getStatus();
        int replicas = orOne(deployment.getSpec().getReplicas());
        int updated = orZero(status.getUpdatedReplicas());
        int available = orZero(status.getAvailableReplicas());
        boolean observed = observed(generation, status.getObservedGeneration());
        // A condition from before the controller saw the current spec (say, right after a rollback) is stale.
        boolean deadline = observed && status.getConditions() != null && status.getConditions().stream()
                .anyMatch(c -> "Progressing".equals(c.getType()) && "ProgressDeadlineExceeded".equals(c.getReason()));
        boolean oldPodsGone = status.getReplicas() == null || status.getReplicas() <= updated;
        boolean complete = observed && updated == replicas
                && available == replicas && oldPodsGone && !deadline;
        return new RolloutProgress(observed, complete, deadline,
                TEXT.format("progress.deployment", updated, replicas, available));
    }

    static RolloutProgress statefulSet(StatefulSet statefulSet, long generation) {
        StatefulSetStatus status = statefulSet.getStatus() == null ? new StatefulSetStatus() : statefulSet.getStatus();
        int replicas = orOne(statefulSet.getSpec().getReplicas());
        int updated = orZero(status.getUpdatedReplicas());
        int ready = orZero(status.getReadyReplicas());
        boolean onRevision = status.getUpdateRevision() == null
                || Objects.equals(status.getUpdateRevision(), status.getCurrentRevision());
        boolean observed = observed(generation, status.getObservedGeneration());
        boolean complete = observed && ready == replicas && onRevision;
        return new RolloutProgress(observed, complete, false,
                TEXT.format("progress.statefulSet", updated, replicas, ready));
    }

    static RolloutProgress daemonSet(DaemonSet daemonSet, long generation) {
        DaemonSetStatus status = daemonSet.getStatus() == null ? new DaemonSetStatus() : daemonSet.getStatus();
        int desired = orZero(status.getDesiredNumberScheduled());
        int updated = orZero(status.getUpdatedNumberScheduled());
        int available = orZero(status.getNumberAvailable());
        boolean observed = observed(generation, status.getObservedGeneration());
        boolean complete = observed && updated == desired && available == desired;
        return new RolloutProgress(observed, complete, false,
                TEXT.format("progress.daemonSet", updated, desired, available));
    }

    /** The status belongs to the wanted generation (or a newer one): its counts are about the current spec. */
    private static boolean observed(long generation, Long observedGeneration) {
        return observedGeneration != null && observedGeneration >= generation;
    }

    private static int orOne(Integer value) {
        return value == null ? 1 : value;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
