package io.jenkins.plugins.skylark.harness.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RolloutFailureTest {

    private static final String BAD = "registry.example/web@sha256:"
            + "2222222222222222222222222222222222222222222222222222222222222222";

    private final FakeKubernetes fake = FakeKubernetes.builder().speed(20).start();
    private final KubernetesClient client = fake.client();

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void shouldShowImagePullFailure() {
        fake.failures().onImage(BAD, RolloutFailure.IMAGE_PULL);
        deployBad();

        Pod pod = awaitPod(p -> waiting(p, "ImagePullBackOff"));

        assertThat(pod.getStatus().getPhase()).isEqualTo("Pending");
        assertThat(container(pod).getState().getWaiting().getMessage()).contains(BAD);
        assertThat(awaitEvents(pod, "BackOff")).extracting(Event::getMessage)
                .contains("Back-off pulling image \"" + BAD + "\"");
        assertThat(eventsOf(pod)).anySatisfy(e -> {
            assertThat(e.getReason()).isEqualTo("Failed");
            assertThat(e.getType()).isEqualTo("Warning");
            assertThat(e.getMessage()).startsWith("Failed to pull image \"" + BAD + "\"");
        });
    }

    @Test
    void shouldShowCrashLoop() {
        fake.failures().onImage(BAD, RolloutFailure.CRASH_LOOP);
        deployBad();

        Pod pod = awaitPod(p -> waiting(p, "CrashLoopBackOff"));

        assertThat(pod.getStatus().getPhase()).isEqualTo("Running");
        assertThat(container(pod).getRestartCount()).isPositive();
        assertThat(container(pod).getLastState().getTerminated().getExitCode()).isEqualTo(1);
        assertThat(awaitEvents(pod, "BackOff")).extracting(Event::getMessage)
                .anySatisfy(m -> assertThat(m).startsWith("Back-off restarting failed container app"));
    }

    @Test
    void shouldShowFailedReadiness() {
        fake.failures().onWorkload("web", RolloutFailure.READINESS);
        Fixtures.apply(client, "deployment.yaml");

        Pod pod = awaitPod(p -> container(p) != null && container(p).getState().getRunning() != null);

        assertThat(container(pod).getReady()).isFalse();
        assertThat(awaitEvents(pod, "Unhealthy")).extracting(Event::getMessage)
                .allSatisfy(m -> assertThat(m).startsWith("Readiness probe failed: "));
    }

    @Test
    void shouldShowUnschedulablePods() {
        fake.failures().onWorkload("default", "web", RolloutFailure.UNSCHEDULABLE);
        Fixtures.apply(client, "deployment.yaml");

        Pod pod = awaitPod(p -> p.getStatus() != null && !p.getStatus().getConditions().isEmpty());

        assertThat(pod.getStatus().getPhase()).isEqualTo("Pending");
        assertThat(pod.getSpec().getNodeName()).isNull();
        assertThat(pod.getStatus().getConditions()).singleElement().satisfies(c -> {
            assertThat(c.getType()).isEqualTo("PodScheduled");
            assertThat(c.getStatus()).isEqualTo("False");
            assertThat(c.getReason()).isEqualTo("Unschedulable");
        });
        assertThat(awaitEvents(pod, "FailedScheduling")).extracting(Event::getMessage)
                .anySatisfy(m -> assertThat(m).startsWith("0/2 nodes are available: 2 Insufficient cpu."));
    }

    @Test
    void shouldExceedProgressDeadlineWhenPodsNeverBecomeReady() {
        fake.failures().onWorkload("web", RolloutFailure.NEVER_READY);
        Fixtures.apply(client, "deployment.yaml");
        awaitPod(p -> waiting(p, "ContainerCreating"));

        fake.clock().advance(Duration.ofSeconds(31));

        Deployment d = client.apps().deployments().inNamespace("default").withName("web").waitUntilCondition(
                x -> progressing(x, "ProgressDeadlineExceeded"), 30, TimeUnit.SECONDS);
        assertThat(d.getStatus().getAvailableReplicas()).isNull();
    }

    @Test
    void shouldRollBackToPreviousTemplateAfterFailedRollout() {
        Deployment good = Fixtures.awaitRollout(client, Fixtures.apply(client, "deployment.yaml"));
        fake.failures().onImage(BAD, RolloutFailure.IMAGE_PULL);
        deployBad();
        awaitPod(p -> waiting(p, "ImagePullBackOff"));

        Deployment restored = Fixtures.apply(client, "deployment.yaml");
        Deployment done = Fixtures.awaitRollout(client, restored);

        assertThat(done.getMetadata().getAnnotations()).containsEntry("deployment.kubernetes.io/revision", "3");
        assertThat(client.apps().replicaSets().inNamespace("default").list().getItems()).hasSize(2)
                .anySatisfy(rs -> {
                    assertThat(rs.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
                            .isEqualTo(good.getSpec().getTemplate().getSpec().getContainers().get(0).getImage());
                    assertThat(rs.getMetadata().getAnnotations())
                            .containsEntry("deployment.kubernetes.io/revision", "3")
                            .containsEntry("deployment.kubernetes.io/revision-history", "1");
                    assertThat(rs.getStatus().getAvailableReplicas()).isEqualTo(2);
                });
    }

    private void deployBad() {
        Deployment d = Fixtures.load(client, "deployment.yaml", Deployment.class);
        d.getSpec().getTemplate().getSpec().getContainers().get(0).setImage(BAD);
        Fixtures.apply(client, d);
    }

    private Pod awaitPod(Predicate<Pod> condition) {
        return Fixtures.await(() -> client.pods().inNamespace("default").withLabel("app", "web").list().getItems()
                .stream().filter(condition).findFirst().orElse(null));
    }

    private List<Event> awaitEvents(Pod pod, String reason) {
        return Fixtures.await(() -> {
            List<Event> found = eventsOf(pod).stream().filter(e -> reason.equals(e.getReason())).toList();
            return found.isEmpty() ? null : found;
        });
    }

    private List<Event> eventsOf(Pod pod) {
        return client.v1().events().inNamespace("default").list().getItems().stream()
                .filter(e -> pod.getMetadata().getUid().equals(e.getInvolvedObject().getUid())).toList();
    }

    private static boolean waiting(Pod p, String reason) {
        ContainerStatus c = container(p);
        return c != null && c.getState().getWaiting() != null && reason.equals(c.getState().getWaiting().getReason());
    }

    private static ContainerStatus container(Pod p) {
        return p.getStatus() == null || p.getStatus().getContainerStatuses().isEmpty() ? null
                : p.getStatus().getContainerStatuses().get(0);
    }

    private static boolean progressing(Deployment d, String reason) {
        return d != null && d.getStatus() != null && d.getStatus().getConditions().stream()
                .anyMatch(c -> "Progressing".equals(c.getType()) && reason.equals(c.getReason()));
    }
}
