package io.jenkins.plugins.skylark.metrics.jenkins;

import static io.jenkins.plugins.skylark.metrics.jenkins.MetricsTestSupport.deployed;
import static io.jenkins.plugins.skylark.metrics.jenkins.MetricsTestSupport.history;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.util.StreamTaskListener;
import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.jenkins.DeliveryEventListener;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import io.jenkins.plugins.skylark.metrics.dora.Deployment;
import io.jenkins.plugins.skylark.metrics.dora.LinkedCommit;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MetricsDeliveryListenerTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @AfterEach
    void closeStore() {
        MetricsConfiguration.get().closeDatabase();
    }

    @Test
    void shouldLinkOnlyTheCommitsSinceThePreviousDeployment() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("shop/deploy"));
        try (WorkspaceRepository repo = WorkspaceRepository.init(Path.of(build.workspace().getRemote()))) {
            repo.commit("2026-03-01T08:00:00Z");
            String firstDeployed = repo.commit("2026-03-01T09:00:00Z");
            publish(build, deployed(build.build(), "v1", firstDeployed, "2026-03-02T10:00:00Z"));
            String third = repo.commit("2026-03-03T08:00:00Z");
            String secondDeployed = repo.commit("2026-03-03T09:00:00Z");
            publish(build, deployed(build.build(), "v2", secondDeployed, "2026-03-04T10:00:00Z"));

            assertThat(history().deployments()).extracting(d -> d.commits().stream().map(LinkedCommit::id).toList())
                    .containsExactly(List.of(firstDeployed), List.of(third, secondDeployed));
        }
        assertThat(log()).contains("recorded DEPLOYED of 'shop' in production (1 commits linked",
                "recorded DEPLOYED of 'shop' in production (2 commits linked");
    }

    @Test
    void shouldKeepTheIssueKeysTheShippedCommitsName() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("shop/deploy"));
        try (WorkspaceRepository repo = WorkspaceRepository.init(Path.of(build.workspace().getRemote()))) {
            String first = repo.commit("2026-03-01T08:00:00Z", "SHOP-1 pay by card");
            publish(build, deployed(build.build(), "v1", first, "2026-03-02T10:00:00Z"));
            repo.commit("2026-03-03T08:00:00Z", "SHOP-2 refunds\n\nAlso fixes OPS-7, uses UTF-8");
            String second = repo.commit("2026-03-03T09:00:00Z", "Merge SHOP-2");
            publish(build, deployed(build.build(), "v2", second, "2026-03-04T10:00:00Z"));
        }

        assertThat(history().deployments()).extracting(Deployment::issueKeys)
                .containsExactly(List.of("SHOP-1"), List.of("OPS-7", "SHOP-2", "UTF-8"));
    }

    @Test
    void shouldRecordAReplayedEventOnce() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("shop/deploy"));
        DeliveryEvent event = deployed(build.build(), "v1", null, "2026-03-02T10:00:00Z");

        publish(build, event);
        publish(build, event);

        assertThat(history().deployments()).extracting(Deployment::idempotencyKey).containsExactly(event.idempotencyKey());
        assertThat(log()).contains("already recorded (key " + event.idempotencyKey() + "); not counted again");
    }

    @Test
    void shouldRecordADeployWhoseCommitsCannotBeLinkedAndSayWhy() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("shop/deploy"));

        publish(build, deployed(build.build(), "v1", "4b825dc642cb6eb9a060e54bf8d69288fbee4904", "2026-03-02T10:00:00Z"));

        assertThat(history().deployments()).singleElement().satisfies(d -> assertThat(d.commits()).isEmpty());
        assertThat(log()).contains("the commits of 4b825dc642cb6eb9a060e54bf8d69288fbee4904 were not linked",
                "recorded DEPLOYED of 'shop' in production (0 commits linked");
    }

    private void publish(StepRunner build, DeliveryEvent event) throws Exception {
        DeliveryEventListener.publish(event, build.build(), build.workspace(),
                new StreamTaskListener(console, StandardCharsets.UTF_8));
    }

    private String log() {
        return console.toString(StandardCharsets.UTF_8);
    }
}
