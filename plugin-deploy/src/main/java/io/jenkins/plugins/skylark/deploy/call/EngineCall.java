package io.jenkins.plugins.skylark.deploy.call;

import io.jenkins.plugins.skylark.deploy.DeployEngine;
import io.jenkins.plugins.skylark.deploy.DeployOptions;
import io.jenkins.plugins.skylark.deploy.DeployRequest;
import io.jenkins.plugins.skylark.deploy.DeployResult;
import io.jenkins.plugins.skylark.deploy.DeployTarget;
import java.io.Serializable;
import java.nio.file.Path;

/**
 * One call of the {@link DeployEngine}, made of strings, numbers and records only, so a step can send it
 * to the agent that holds the workspace and run it there.
 */
public sealed interface EngineCall extends Serializable {

    /** Runs the call; {@code workspace} is where relative manifest paths start. */
    DeployResult run(DeployEngine engine, Path workspace);

    /** The application the call acts on. */
    String application();

    /** {@code platformDeploy}. */
    record Deploy(DeployRequest request) implements EngineCall {
        @Override
        public DeployResult run(DeployEngine engine, Path workspace) {
            return engine.deploy(request, workspace);
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
        public DeployResult run(DeployEngine engine, Path workspace) {
            return engine.rollback(target, application, toRevision, options);
        }
    }

    /** {@code platformScale}. */
    record Scale(DeployTarget target, String application, int replicas, DeployOptions options) implements EngineCall {
        @Override
        public DeployResult run(DeployEngine engine, Path workspace) {
            return engine.scale(target, application, replicas, options);
        }
    }

    /** {@code platformUpdateImage}: the "service update". */
    record UpdateImage(DeployTarget target, String application, String container, String image, DeployOptions options)
            implements EngineCall {
        @Override
        public DeployResult run(DeployEngine engine, Path workspace) {
            return engine.updateImage(target, application, container, image, options);
        }
    }
}
