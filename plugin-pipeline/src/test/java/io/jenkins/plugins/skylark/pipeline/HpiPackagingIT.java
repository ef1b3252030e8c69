package io.jenkins.plugins.skylark.pipeline;

import io.jenkins.plugins.skylark.harness.packaging.PluginPackagingContract;
import java.util.List;

/** Runs after {@code package}: the built skylark-pipeline.hpi must be installable as it is. */
class HpiPackagingIT extends PluginPackagingContract {

    @Override
    protected List<String> extensions() {
        return List.of("io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration",
                "io.jenkins.plugins.skylark.tenancy.jenkins.PlatformProjectProperty$DescriptorImpl",
                "io.jenkins.plugins.skylark.context.jenkins.WithPlatformStep$DescriptorImpl");
    }

    @Override
    protected List<String> pluginDependencies() {
        return List.of("workflow-step-api", "cloudbees-folder", "credentials", "plain-credentials", "jackson2-api", "snakeyaml-api",
                "mailer");
    }

    @Override
    protected String bundledLibrary() {
        return "jib-core-";
    }
}
