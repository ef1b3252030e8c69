package io.jenkins.plugins.skylark.deploy.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RolloutCheckTest {

    private static Deployment deployment(long generation, Long observed, int updated, int available, int total,
            String progressingReason) {
        DeploymentBuilder builder = new DeploymentBuilder().withNewMetadata().withName("orders")
                .withGeneration(generation).endMetadata().withNewSpec().withReplicas(3).endSpec()
                .withNewStatus().withObservedGeneration(observed).withUpdatedReplicas(updated)
                .withAvailableReplicas(available).withReplicas(total).endStatus();
        if (progressingReason != null) {
            builder.editStatus().addNewCondition().withType("Progressing").withStatus("False")
                    .withReason(progressingReason).endCondition().endStatus();
        }
        return builder.build();
    }

    static Stream<Arguments> deployments() {
        return Stream.of(
                Arguments.of("all updated and available", deployment(2, 2L, 3, 3, 3, null), true, true, false),
                Arguments.of("controller has not seen the new spec", deployment(3, 2L, 3, 3, 3, null), false, false,
                        false),
                Arguments.of("not all updated", deployment(2, 2L, 2, 3, 3, null), true, false, false),
                Arguments.of("updated but not available", deployment(2, 2L, 3, 2, 3, null), true, false, false),
                Arguments.of("old pods still terminating", deployment(2, 2L, 3, 3, 4, null), true, false, false),
                Arguments.of("deadline exceeded", deployment(2, 2L, 1, 2, 4, "ProgressDeadlineExceeded"), true, false,
                        true),
                Arguments.of("stale deadline from the previous spec", deployment(3, 2L, 1, 2, 4, "ProgressDeadlineExceeded"),
                        false, false, false),
                Arguments.of("no status yet", deployment(1, null, 0, 0, 0, null), false, false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployments")
    void shouldJudgeDeployments(String row, Deployment deployment, boolean current, boolean complete, boolean deadline) {
        RolloutProgress progress = RolloutCheck.evaluate(deployment);

        assertThat(progress.current()).isEqualTo(current);
        assertThat(progress.complete()).isEqualTo(complete);
        assertThat(progress.deadlineExceeded()).isEqualTo(deadline);
    }

    @Test
    void shouldNotTrustAReadOlderThanTheWrittenGeneration() {
        Deployment readBeforeTheWrite = deployment(2, 2L, 3, 3, 3, null);

        RolloutProgress progress = RolloutCheck.evaluate(readBeforeTheWrite, 3);

        assertThat(progress.current()).isFalse();
        assertThat(progress.complete()).isFalse();
        assertThat(RolloutCheck.evaluate(readBeforeTheWrite, 1).complete()).as("object's own generation counts")
                .isTrue();
    }

    @Test
    void shouldCallAStatusOfThePreviousSpecNotCurrentWhateverItsCounts() {
        Deployment scaledDown = new DeploymentBuilder(deployment(5, 4L, 3, 3, 3, null))
                .editSpec().withReplicas(2).endSpec().build();

        RolloutProgress progress = RolloutCheck.evaluate(scaledDown);

        assertThat(progress.summary()).isEqualTo("3 of 2 updated, 3 available");
        assertThat(progress.current()).isFalse();
    }

    @ParameterizedTest(name = "statefulset current={0} update={1} ready={2}")
    @MethodSource("statefulSets")
    void shouldJudgeStatefulSets(String current, String update, int ready, boolean complete) {
        var statefulSet = new StatefulSetBuilder().withNewMetadata().withName("db").withGeneration(1L).endMetadata()
                .withNewSpec().withReplicas(2).endSpec().withNewStatus().withObservedGeneration(1L)
                .withCurrentRevision(current).withUpdateRevision(update).withReadyReplicas(ready).endStatus().build();

        assertThat(RolloutCheck.evaluate(statefulSet).complete()).isEqualTo(complete);
    }

    static Stream<Arguments> statefulSets() {
        return Stream.of(Arguments.of("db-1", "db-1", 2, true), Arguments.of("db-1", "db-2", 2, false),
                Arguments.of("db-2", "db-2", 1, false));
    }

    @ParameterizedTest(name = "daemonset desired=3 updated={0} available={1}")
    @MethodSource("daemonSets")
    void shouldJudgeDaemonSets(int updated, int available, boolean complete) {
        var daemonSet = new DaemonSetBuilder().withNewMetadata().withName("agent").withGeneration(4L).endMetadata()
                .withNewSpec().endSpec().withNewStatus().withObservedGeneration(4L).withDesiredNumberScheduled(3)
                .withUpdatedNumberScheduled(updated).withNumberAvailable(available).endStatus().build();

        assertThat(RolloutCheck.evaluate(daemonSet).complete()).isEqualTo(complete);
    }

    static Stream<Arguments> daemonSets() {
        return Stream.of(Arguments.of(3, 3, true), Arguments.of(2, 3, false), Arguments.of(3, 2, false));
    }
}
