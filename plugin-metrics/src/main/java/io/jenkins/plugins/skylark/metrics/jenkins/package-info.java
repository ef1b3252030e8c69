/**
 * Jenkins adapter of the delivery metrics: the global {@link
 * io.jenkins.plugins.skylark.metrics.jenkins.MetricsConfiguration} (where the store lives, report time
 * zone), the {@link io.jenkins.plugins.skylark.metrics.jenkins.MetricsDeliveryListener} that records the
 * events other Skylark steps publish, and the {@code recordDelivery} and {@code deliveryReport} steps.
 *
 * <p>Everything here copies Jenkins objects into plain values and calls the core once: {@code store}
 * (recording and reading), skylark-pipeline's {@code git} commit linker (run on the agent that holds the workspace, through one
 * {@code MasterToSlaveFileCallable} carrying only strings) and {@code report}. {@code Jenkins.get()} is
 * reached only through {@link io.jenkins.plugins.skylark.metrics.jenkins.JenkinsFacade}.
 */
package io.jenkins.plugins.skylark.metrics.jenkins;
