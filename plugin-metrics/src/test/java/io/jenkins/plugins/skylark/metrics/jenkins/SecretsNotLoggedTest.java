package io.jenkins.plugins.skylark.metrics.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import io.jenkins.plugins.skylark.delivery.jenkins.DeliveryEventListener;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.credentials.TestUsernamePasswordCredentials;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import hudson.util.StreamTaskListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL password never reaches a build log, a step error or the Java log, even when connecting fails. */
class SecretsNotLoggedTest {
    private static final String PASSWORD = "pg-Secret-91c4";

    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    private final List<String> javaLog = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            javaLog.add(record.getMessage() + " " + record.getThrown());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @AfterEach
    void detach() {
        Logger.getLogger("").removeHandler(capture);
        MetricsConfiguration.get().closeDatabase();
    }

    @Test
    void shouldNotShowThePasswordWhenTheDatabaseCannotBeReached() throws Exception {
        Logger.getLogger("").addHandler(capture);
        jenkins.credentials().addGlobal(new TestUsernamePasswordCredentials("metrics-db", "skylark", PASSWORD));
        MetricsConfiguration.get().replace(new MetricsSettings(
                "jdbc:postgresql://127.0.0.1:" + closedPort() + "/metrics", "metrics-db", null));
        StepRunner build = jenkins.newBuild(jenkins.job("shop/deploy"));
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        DeliveryEventListener.publish(MetricsTestSupport.deployed(build.build(), "v1", null, "2026-03-02T10:00:00Z"),
                build.build(), build.workspace(), new StreamTaskListener(console, StandardCharsets.UTF_8));
        RecordDeliveryStep step = new RecordDeliveryStep("DEPLOYED", "shop");
        step.setEnvironment("production");

        assertThatThrownBy(() -> build.run(step)).isInstanceOf(AbortException.class)
                .hasMessageContaining("jdbc:postgresql://127.0.0.1").message().doesNotContain(PASSWORD);
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("could not record delivery event DEPLOYED")
                .doesNotContain(PASSWORD);
        assertThat(build.log()).doesNotContain(PASSWORD);
        assertThat(javaLog).noneMatch(line -> line.contains(PASSWORD));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
