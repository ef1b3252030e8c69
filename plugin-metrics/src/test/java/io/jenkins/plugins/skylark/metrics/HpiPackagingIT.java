package io.jenkins.plugins.skylark.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harness.packaging.PluginPackagingContract;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs after {@code package}: the built skylark-metrics.hpi must be installable as it is. */
class HpiPackagingIT extends PluginPackagingContract {

    @Override
    protected List<String> extensions() {
        return List.of("io.jenkins.plugins.skylark.metrics.jenkins.MetricsConfiguration",
                "io.jenkins.plugins.skylark.metrics.jenkins.MetricsDeliveryListener",
                "io.jenkins.plugins.skylark.metrics.jenkins.StorePreviousDeployments",
                "io.jenkins.plugins.skylark.metrics.jenkins.JiraImportIncidentsStep$DescriptorImpl",
                "io.jenkins.plugins.skylark.metrics.jenkins.DeliveryReportStep$DescriptorImpl");
    }

    @Override
    protected List<String> pluginDependencies() {
        return List.of("skylark-pipeline", "workflow-step-api", "credentials", "plain-credentials", "jackson2-api");
    }

    @Override
    protected String bundledLibrary() {
        return "h2-";
    }

    /** JGit comes with skylark-pipeline (the commit linker moved there); a second copy would shadow nothing but cost space. */
    @Test
    void shouldLeaveJGitToSkylarkPipeline() throws IOException {
        assertThat(hpi().libraries()).noneMatch(jar -> jar.startsWith("org.eclipse.jgit"));
    }
}
