package io.jenkins.plugins.skylark.metrics.jenkins;

import static io.jenkins.plugins.skylark.metrics.jenkins.MetricsTestSupport.history;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import io.jenkins.plugins.skylark.metrics.dora.Deployment;
import io.jenkins.plugins.skylark.metrics.dora.DeploymentOutcome;
import io.jenkins.plugins.skylark.metrics.dora.Incident;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RecordDeliveryStepTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @AfterEach
    void closeStore() {
        MetricsConfiguration.get().closeDatabase();
    }

    @Test
    void shouldRecordAnIncidentFromOpeningToResolution() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("ops/incidents"));

        build.run(step("incident-opened", s -> s.setIncidentId("INC-42"), "2026-03-02T10:00:00Z"));
        build.run(step("INCIDENT_RESOLVED", s -> s.setIncidentId("INC-42"), "2026-03-02T12:30:00+02:00"));

        assertThat(history().incidents()).singleElement().isEqualTo(new Incident("INC-42", "shop", "production",
                Instant.parse("2026-03-02T10:00:00Z"), Instant.parse("2026-03-02T10:30:00Z")));
    }

    @Test
    void shouldRecordADeployDoneOutsideJenkinsOnce() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("ops/import"));
        RecordDeliveryStep deploy = step("deployed", s -> s.setVersion("2.4.1"), "2026-03-03T09:00:00Z");

        assertThat(build.run(deploy)).isEqualTo(true);
        assertThat(build.run(deploy)).isEqualTo(false);

        assertThat(history().deployments()).singleElement().extracting(Deployment::version, Deployment::outcome)
                .containsExactly("2.4.1", DeploymentOutcome.SUCCEEDED);
        assertThat(build.log()).contains("recorded DEPLOYED of 'shop' in production", "not counted again");
    }

    @Test
    void shouldStoreAFailedDeployThatNeverServedAsNotServed() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("ops/import"));

        build.run(step("DEPLOY_FAILED", s -> s.setAttributes(Map.of("served", false)), "2026-03-03T09:00:00Z"));

        assertThat(history().deployments()).singleElement().extracting(Deployment::outcome)
                .isEqualTo(DeploymentOutcome.NOT_SERVED);
    }

    @Test
    void shouldTakeTheEnvironmentFromTheEnclosingWithPlatform() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("retail/deploy"));
        RecordDeliveryStep deploy = new RecordDeliveryStep("DEPLOYED", "shop");

        build.run(new WithPlatformContextStep("retail", "production"), body -> build.run(deploy, body));

        assertThat(history().deployments()).singleElement().extracting(Deployment::environment).isEqualTo("production");
    }

    static Stream<Arguments> badOptions() {
        return Stream.of(
                Arguments.of(new RecordDeliveryStep("DEPLOYYED", "shop"),
                        "Field 'type': 'DEPLOYYED' is not a delivery event type; use one of IMAGE_PUSHED, DEPLOYED"),
                Arguments.of(new RecordDeliveryStep("DEPLOYED", " "), "Field 'application' is required."),
                Arguments.of(new RecordDeliveryStep("DEPLOYED", "shop"), "Field 'environment' is required for events of type DEPLOYED"),
                Arguments.of(step("INCIDENT_OPENED", s -> { }, null), "Field 'incidentId' is required for events of type INCIDENT_OPENED"),
                Arguments.of(step("DEPLOYED", s -> s.setIncidentId("INC-1"), null), "Field 'incidentId' only applies"),
                Arguments.of(step("DEPLOYED", s -> { }, "yesterday"), "Field 'occurredAt': 'yesterday' is not an ISO-8601"));
    }

    @ParameterizedTest
    @MethodSource("badOptions")
    void shouldNameTheFieldOfABadOptionAndRecordNothing(RecordDeliveryStep step, String message) throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("ops/import"));

        assertThatThrownBy(() -> build.run(step)).isInstanceOf(AbortException.class).hasMessageContaining(message);
        assertThat(history().deployments()).isEmpty();
        assertThat(history().incidents()).isEmpty();
    }

    private static RecordDeliveryStep step(String type, Consumer<RecordDeliveryStep> options, String occurredAt) {
        RecordDeliveryStep step = new RecordDeliveryStep(type, "shop");
        step.setEnvironment("production");
        step.setOccurredAt(occurredAt);
        options.accept(step);
        return step;
    }
}
