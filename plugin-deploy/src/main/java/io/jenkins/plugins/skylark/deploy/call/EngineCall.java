package io.jenkins.plugins.skylark.deploy.call;

import io.jenkins.plugins.skylark.deploy.DeployEngine;
import io.jenkins.plugins.skylark.deploy.DeployOptions;
import io.jenkins.plugins.skylark.deploy.DeployRequest;
import io.jenkins.plugins.skylark.deploy.DeployResult;
import io.jenkins.plugins.skylark.deploy.DeployTarget;
import io.jenkins.plugins.skylark.deploy.Progress;
import io.jenkins.plugins.skylark.deploy.expose.ExposeOutcome;
import io.jenkins.plugins.skylark.deploy.expose.ExposeRequest;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One call of the {@link DeployEngine}, made of strings, numbers and records only, so a step can send it
 * to the agent that holds the workspace and run it there, and keep it in its saved state to resume after
 * a controller restart: {@link #apply} again when the writes were not known to be done (applying is
 * idempotent), else only {@link #await} again.
 */
public sealed interface EngineCall extends Serializable {

    /** The writes; {@code workspace} is where relative manifest paths start. */
    Progress apply(DeployEngine engine, Path workspace);

    /** The wait for the rollouts of what {@link #apply} wrote, and the result. */
    DeployResult await(DeployEngine engine, Progress.Applied applied);

    /** Both halves at once. */
    default DeployResult run(DeployEngine engine, Path workspace) {
        return apply(engine, workspace).then(applied -> await(engine, applied));
    }

    /** The application the call acts on. */
    String application();

    /** What the step returns to the Jenkinsfile: {@code [status:, message:, revisions:]} unless the call says otherwise. */
    default Map<String, Object> summary(DeployResult result) {
        return StepInputs.summary(result);
    }

    /** Whether {@link #apply} may run again after an unknown part of it already ran. */
    default boolean appliesAgainSafely() {
        return true;
    }

    /** {@code platformDeploy}. */
    record Deploy(DeployRequest request) implements EngineCall {
        @Override
        public Progress apply(DeployEngine engine, Path workspace) {
            return engine.apply(request, workspace);
        }

        @Override
        public DeployResult await(DeployEngine engine, Progress.Applied applied) {
            return engine.await(request, applied);
        }

        @Override
        public String application() {
            return request.application();
        }
    }

    /** {@code platformRollback}; {@code toRevision} 0 means the previous revision. */
    record Rollback(DeployTarget target, String application, long toRevision, DeployOptions options)
            implements EngineCall {
        @Override
        public Progress apply(DeployEngine engine, Path workspace) {
            return engine.applyRollback(target, application, toRevision);
        }

        /** No: to "the previous revision" twice goes back two, and a rollback renumbers the revision it restores. */
        @Override
        public boolean appliesAgainSafely() {
            return false;
        }

        @Override
        public DeployResult await(DeployEngine engine, Progress.Applied applied) {
            return engine.awaitRollback(target, application, applied, options);
        }
    }

    /** {@code platformScale}. */
    record Scale(DeployTarget target, String application, int replicas, DeployOptions options) implements EngineCall {
        @Override
        public Progress apply(DeployEngine engine, Path workspace) {
            return engine.applyScale(target, application, replicas);
        }

        @Override
        public DeployResult await(DeployEngine engine, Progress.Applied applied) {
            return engine.awaitScale(target, application, replicas, applied, options);
        }
    }

    /** {@code platformUpdateImage}: the "service update". */
    record UpdateImage(DeployTarget target, String application, String container, String image, DeployOptions options)
            implements EngineCall {
        @Override
        public Progress apply(DeployEngine engine, Path workspace) {
            return engine.applyImage(target, application, container, image, options);
        }

        @Override
        public DeployResult await(DeployEngine engine, Progress.Applied applied) {
            return engine.awaitImage(target, application, container, applied, options);
        }
    }

    /**
     * {@code platformExpose}: applying again is safe (server-side apply of the same objects; a Service it
     * created earlier is recognised as its own).
     */
    record Expose(ExposeRequest request, DeployOptions options) implements EngineCall {
        @Override
        public Progress apply(DeployEngine engine, Path workspace) {
            return engine.applyExpose(request);
        }

        @Override
        public DeployResult await(DeployEngine engine, Progress.Applied applied) {
            return engine.awaitExpose(applied, options);
        }

        @Override
        public String application() {
            return request.application();
        }

        /** {@code [url:, address:, objects: ['Service/orders', 'Ingress/orders']]}. */
        @Override
        public Map<String, Object> summary(DeployResult result) {
            ExposeOutcome outcome = result.exposed();
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("url", outcome.url());
            summary.put("address", outcome.address());
            summary.put("objects", new ArrayList<>(outcome.objects()));
            return summary;
        }
    }

    /** {@code platformUnexpose}: deleting again finds nothing left to delete. */
    record Unexpose(DeployTarget target, String application) implements EngineCall {
        @Override
        public Progress apply(DeployEngine engine, Path workspace) {
            return new Progress.Finished(engine.unexpose(target, application));
        }

        @Override
        public DeployResult await(DeployEngine engine, Progress.Applied applied) {
            throw new IllegalStateException("an unexpose has nothing to wait for");
        }

        /** {@code [message:, removed: ['Ingress/orders'], kept: [...]]}: kept are labelled objects another tool made. */
        @Override
        public Map<String, Object> summary(DeployResult result) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("message", result.message());
            summary.put("removed", new ArrayList<>(result.exposed().objects()));
            summary.put("kept", new ArrayList<>(result.exposed().kept()));
            return summary;
        }
    }
}
