package io.jenkins.plugins.skylark.metrics;

import io.jenkins.plugins.skylark.harness.packaging.PluginPackagingContract;
import java.util.List;

/** Runs after {@code package}: the built skylark-metrics.hpi must be installable as it is. */
class HpiPackagingIT extends PluginPackagingContract {

    @Override
    protected List<String> extensions() {
        return List.of("io.jenkins.plugins.skylark.metrics.jenkins.MetricsConfiguration",
                "io.jenkins.plugins.skylark.metrics.jenkins.MetricsDeliveryListener",
                "io.jenkins.plugins.skylark.metrics.jenkins.DeliveryReportStep$DescriptorImpl");
    }

    @Override
    protected List<String> pluginDependencies() {
        return List.of("skylark-pipeline", "workflow-step-api", "credentials", "jackson2-api");
    }

    @Override
    protected String bundledLibrary() {
        return "h2-";
    }
}
