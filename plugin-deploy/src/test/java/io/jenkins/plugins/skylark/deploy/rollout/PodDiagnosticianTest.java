package io.jenkins.plugins.skylark.deploy.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class PodDiagnosticianTest {

    private static PodBuilder pod(String name) {
        return new PodBuilder().withNewMetadata().withName(name).endMetadata().withNewStatus().withPhase("Pending")
                .endStatus();
    }

    private static Pod waiting(String reason, String message) {
        return pod("orders-1").editStatus().addNewContainerStatus().withName("app").withNewState().withNewWaiting()
                .withReason(reason).withMessage(message).endWaiting().endState().endContainerStatus().endStatus().build();
    }

    @Test
    void shouldStopAtOnceForAnImagePullBackOff() {
        Pod pod = waiting("ImagePullBackOff", "Back-off pulling image \"shop/orders@sha256:00\"");

        assertThat(PodDiagnostician.definitive(List.of(pod))).hasValueSatisfying(d -> {
            assertThat(d.cause()).isEqualTo(FailureCause.IMAGE_PULL);
            assertThat(d.describe()).isEqualTo("image pull error: pod orders-1, container app: ImagePullBackOff: "
                    + "Back-off pulling image \"shop/orders@sha256:00\"");
        });
    }

    @Test
    void shouldNotStopForAFirstPullError() {
        assertThat(PodDiagnostician.definitive(List.of(waiting("ErrImagePull", "timeout")))).isEmpty();
        assertThat(PodDiagnostician.explain(List.of(waiting("ErrImagePull", "timeout")), List.of()))
                .map(Diagnosis::cause).hasValue(FailureCause.IMAGE_PULL);
    }

    @Test
    void shouldNameACrashLoopWithTheLastExitCode() {
        Pod pod = new PodBuilder(waiting("CrashLoopBackOff", "back-off 10s")).editStatus().editContainerStatus(0)
                .withNewLastState().withNewTerminated().withExitCode(3).withReason("Error").endTerminated().endLastState()
                .endContainerStatus().endStatus().build();

        assertThat(PodDiagnostician.definitive(List.of(pod))).map(Diagnosis::describe)
                .hasValue("crash loop: pod orders-1, container app: CrashLoopBackOff: back-off 10s (last exit code 3: Error)");
    }

    @Test
    void shouldExplainAnUnschedulablePodButNotStopForIt() {
        Pod pod = pod("orders-2").editStatus().addNewCondition().withType("PodScheduled").withStatus("False")
                .withReason("Unschedulable").withMessage("0/3 nodes are available: 3 Insufficient cpu.").endCondition()
                .endStatus().build();

        assertThat(PodDiagnostician.definitive(List.of(pod))).isEmpty();
        assertThat(PodDiagnostician.explain(List.of(pod), List.of())).map(Diagnosis::describe)
                .hasValue("unschedulable: pod orders-2: 0/3 nodes are available: 3 Insufficient cpu.");
    }

    @Test
    void shouldExplainFailedReadinessWithTheProbeEvent() {
        Pod pod = pod("orders-3").editStatus().withPhase("Running").addNewCondition().withType("Ready")
                .withStatus("False").endCondition().endStatus().build();
        Event probe = new EventBuilder().withReason("Unhealthy").withType("Warning")
                .withMessage("Readiness probe failed: HTTP probe failed with statuscode: 503")
                .withNewInvolvedObject().withKind("Pod").withName("orders-3").endInvolvedObject().build();

        assertThat(PodDiagnostician.explain(List.of(pod), List.of(probe))).map(Diagnosis::describe)
                .hasValue("failed readiness: pod orders-3: Readiness probe failed: HTTP probe failed with statuscode: 503");
    }

    @Test
    void shouldPreferTheMostSpecificCause() {
        Pod notReady = pod("orders-4").editStatus().withPhase("Running").endStatus().build();

        assertThat(PodDiagnostician.explain(List.of(notReady, waiting("ImagePullBackOff", "x")), List.of()))
                .map(Diagnosis::cause).hasValue(FailureCause.IMAGE_PULL);
    }
}
