package io.jenkins.plugins.skylark.deploy;

import io.jenkins.plugins.skylark.harness.packaging.PluginPackagingContract;
import java.util.List;

/** Runs after {@code package}: the built skylark-deploy.hpi must be installable as it is. */
class HpiPackagingIT extends PluginPackagingContract {

    @Override
    protected List<String> extensions() {
        return List.of("io.jenkins.plugins.skylark.deploy.jenkins.PlatformDeployStep$DescriptorImpl",
                "io.jenkins.plugins.skylark.deploy.jenkins.PlatformRollbackStep$DescriptorImpl");
    }

    @Override
    protected List<String> pluginDependencies() {
        return List.of("skylark-pipeline", "workflow-step-api", "jackson2-api", "snakeyaml-api");
    }

    @Override
    protected String bundledLibrary() {
        return "kubernetes-client-";
    }
}
