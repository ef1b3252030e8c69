package io.jenkins.plugins.skylark.delivery.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.ExtensionList;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import hudson.util.StreamTaskListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DeliveryEventListenerTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    private final List<DeliveryEvent> received = new CopyOnWriteArrayList<>();

    @Test
    void shouldHandEveryEventToEveryListenerEvenWhenOneFails() throws Exception {
        ExtensionList<DeliveryEventListener> listeners = ExtensionList.lookup(DeliveryEventListener.class);
        listeners.add(new Failing());
        listeners.add(new Recording());
        StepRunner build = jenkins.newBuild(jenkins.job("shop/orders-ci"));
        DeliveryEvent event = event(build.build());

        ByteArrayOutputStream console = new ByteArrayOutputStream();

        DeliveryEventListener.publish(event, build.build(), build.workspace(),
                new StreamTaskListener(console, StandardCharsets.UTF_8));

        assertThat(received).containsExactly(event);
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("could not record delivery event DEPLOYED of 'orders'", "store offline");
    }

    @Test
    void shouldKeyEventsByBuildSoTheSameFactIsRecognised() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("shop/orders-ci"));

        String key = DeliveryEventListener.keyFor(build.build(), DeliveryEventType.DEPLOYED, "orders", "dev", "sha256:1");

        assertThat(key).isEqualTo("build|shop/orders-ci#" + build.build().getNumber() + "|DEPLOYED|orders|dev|sha256:1");
        assertThat(DeliveryEventListener.keyFor(build.build(), DeliveryEventType.DEPLOYED, "orders", "prod", "sha256:1"))
                .isNotEqualTo(key);
    }

    private static DeliveryEvent event(Run<?, ?> run) {
        return new DeliveryEvent(DeliveryEventListener.keyFor(run, DeliveryEventType.DEPLOYED, "orders", "dev", "v1"),
                DeliveryEventType.DEPLOYED, "shop", "orders", "dev", Instant.parse("2026-11-28T08:00:00Z"), "v1",
                "abc123", "http://jenkins/job/1/", Map.of());
    }

    private static final class Failing extends DeliveryEventListener {
        @Override
        public void onEvent(DeliveryEvent event, Run<?, ?> run, FilePath workspace, TaskListener listener)
                throws IOException {
            throw new IOException("store offline");
        }
    }

    private final class Recording extends DeliveryEventListener {
        @Override
        public void onEvent(DeliveryEvent event, Run<?, ?> run, FilePath workspace, TaskListener listener) {
            received.add(event);
        }
    }
}
