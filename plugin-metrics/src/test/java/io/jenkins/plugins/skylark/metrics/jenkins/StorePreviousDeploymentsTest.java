package io.jenkins.plugins.skylark.metrics.jenkins;

import static io.jenkins.plugins.skylark.metrics.jenkins.MetricsTestSupport.APP;
import static io.jenkins.plugins.skylark.metrics.jenkins.MetricsTestSupport.PROD;
import static io.jenkins.plugins.skylark.metrics.jenkins.MetricsTestSupport.deployed;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.util.StreamTaskListener;
import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.delivery.PreviousDeploymentInfo;
import io.jenkins.plugins.skylark.delivery.jenkins.DeliveryEventListener;
import io.jenkins.plugins.skylark.delivery.jenkins.PreviousDeployments;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StorePreviousDeploymentsTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @AfterEach
    void closeStore() {
        MetricsConfiguration.get().closeDatabase();
    }

    @Test
    void shouldAnswerTheLastSuccessfulDeploymentThroughTheExtensionPoint() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("shop/deploy"));
        publish(build, deployed(build.build(), "v1", "c1", "2026-03-01T10:00:00Z"));
        publish(build, deployed(build.build(), "v2", "c2", "2026-03-02T10:00:00Z"));
        publish(build, new DeliveryEvent("rollback-v2", DeliveryEventType.ROLLED_BACK, "retail", APP, PROD,
                Instant.parse("2026-03-02T11:00:00Z"), "v1", "c1", null, Map.of()));

        assertThat(PreviousDeployments.lookup("retail", APP, PROD))
                .contains(new PreviousDeploymentInfo("c1", Instant.parse("2026-03-01T10:00:00Z")));
        assertThat(PreviousDeployments.lookup("retail", APP, "staging")).isEmpty();
    }

    @Test
    void shouldNotSeeDeploymentsRecordedAfterItsClock() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("shop/deploy"));
        publish(build, deployed(build.build(), "v1", "c1", "2026-03-01T10:00:00Z"));
        publish(build, deployed(build.build(), "v2", "c2", "2026-03-05T10:00:00Z"));

        StorePreviousDeployments store = new StorePreviousDeployments(
                Clock.fixed(Instant.parse("2026-03-03T00:00:00Z"), ZoneOffset.UTC));

        assertThat(store.previous("retail", APP, PROD).map(PreviousDeploymentInfo::commitId)).contains("c1");
    }

    private static void publish(StepRunner build, DeliveryEvent event) throws Exception {
        DeliveryEventListener.publish(event, build.build(), build.workspace(),
                new StreamTaskListener(new ByteArrayOutputStream(), StandardCharsets.UTF_8));
    }
}
