package io.jenkins.plugins.skylark.deploy;

import io.jenkins.plugins.skylark.deploy.expose.ExposedRoute;
import io.jenkins.plugins.skylark.deploy.workload.Workload;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where an engine operation stands between its two halves: the writes, then the wait for the rollouts.
 * A Jenkins step keeps {@link Applied} in its saved state before it waits, so after a controller restart
 * it waits again instead of writing again (a rollback to "the previous revision" done twice would go
 * back two revisions, and a second apply no longer sees what the first one changed).
 */
public sealed interface Progress extends Serializable {

    /** The result, waiting for the rollouts with {@code await} when the writes are done. */
    DeployResult then(Function<Applied, DeployResult> await);

    /** Ended without a rollout to wait for, e.g. the API server refused the apply. */
    record Finished(DeployResult result) implements Progress {
        @Override
        public DeployResult then(Function<Applied, DeployResult> await) {
            return result;
        }
    }

    /**
     * The writes are in the cluster. Plain JDK collections and strings only, since a step's saved
     * state holds it.
     *
     * @param workloads  what to wait for
     * @param templates  a fingerprint of each workload's pod template right after the writes; a different
     *                   one later means the change was replaced (another deploy, or this step's own
     *                   automatic rollback before a restart)
     * @param previous   for each workload the writes changed, the revision it had before (0: it is new):
     *                   what a failed rollout is rolled back to
     * @param rolledBack for a rollback, {@code deployment/orders@3} for each workload put back on revision 3
     * @param version    the version the delivery events name ({@code null}: none)
     * @param route      for an expose, the route it wrote and waits for ({@code null} otherwise)
     */
    record Applied(List<Workload> workloads, Map<Workload, String> templates, Map<Workload, Long> previous,
            List<String> rolledBack, String version, ExposedRoute route) implements Progress {

        /** The writes of a workload operation. */
        public Applied(List<Workload> workloads, Map<Workload, String> templates, Map<Workload, Long> previous,
                List<String> rolledBack, String version) {
            this(workloads, templates, previous, rolledBack, version, null);
        }

        /** The writes of an expose: no workload to wait for, a route. */
        public static Applied route(ExposedRoute route) {
            return new Applied(List.of(), Map.of(), Map.of(), List.of(), null, route);
        }

        public Applied {
            workloads = new ArrayList<>(workloads);
            templates = new LinkedHashMap<>(templates);
            previous = new LinkedHashMap<>(previous);
            rolledBack = new ArrayList<>(rolledBack);
        }

        @Override
        public DeployResult then(Function<Applied, DeployResult> await) {
            return await.apply(this);
        }
    }
}
