package io.jenkins.plugins.skylark.harness.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the standalone fake ({@link FakeKubernetesMain}) as its own process and drives it with kubectl. */
class KubectlStandaloneTest {

    @TempDir
    Path dir;
    private Process fake;
    private Path kubeconfig;

    @BeforeEach
    void startStandalone() throws IOException {
        Kubectl.require();
        kubeconfig = dir.resolve("kubeconfig");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        fake = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                FakeKubernetesMain.class.getName(), "--kubeconfig", kubeconfig.toString(), "--speed", "20")
                .redirectErrorStream(true).redirectOutput(dir.resolve("fake.log").toFile()).start();
        Fixtures.await(() -> Files.exists(kubeconfig) ? Boolean.TRUE : null);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (fake != null) {
            fake.destroy();
            fake.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void shouldApplyServerSideWithKubectl() throws Exception {
        Path manifest = Path.of(getClass().getResource("deployment.yaml").toURI());

        String first = kubectl("apply", "--server-side", "-f", manifest.toString());
        String second = kubectl("apply", "--server-side", "-f", manifest.toString());

        assertThat(first).contains("deployment.apps/web serverside-applied");
        assertThat(second).contains("deployment.apps/web serverside-applied");
        assertThat(kubectl("get", "deployment", "web", "-o", "jsonpath={.metadata.generation}")).isEqualTo("1");
        assertThat(kubectl("get", "deployment", "web", "-o", "jsonpath={.metadata.managedFields[0].manager}"))
                .isEqualTo("kubectl");
    }

    @Test
    void shouldFollowARolloutWithKubectlRolloutStatus() throws Exception {
        Path manifest = Path.of(getClass().getResource("deployment.yaml").toURI());
        kubectl("apply", "--server-side", "-f", manifest.toString());

        String status = kubectl("rollout", "status", "deployment/web", "--timeout=60s");

        assertThat(status).contains("deployment \"web\" successfully rolled out");
    }

    @Test
    void shouldPrintChangesWithKubectlGetWatch() throws Exception {
        kubectl("apply", "--server-side", "-f", configMap("1").toString());
        Process watch = new ProcessBuilder("kubectl", "--kubeconfig", kubeconfig.toString(), "get", "configmaps",
                "--watch", "--output-watch-events", "--request-timeout=60s").redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(watch.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(lineStartingWith(out, "ADDED")).contains("settings");

            kubectl("apply", "--server-side", "-f", configMap("2").toString());

            assertThat(lineStartingWith(out, "MODIFIED")).contains("settings");
        } finally {
            watch.destroy();
            watch.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void shouldReportUnknownKindAsKubectlDoesOnRealCluster() throws Exception {
        Path manifest = dir.resolve("widget.yaml");
        Files.writeString(manifest, "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n");

        String output = kubectlFailing("apply", "--server-side", "-f", manifest.toString());

        assertThat(output).contains("no matches for kind \"Widget\" in version \"example.com/v1\"");
    }

    private Path configMap(String level) throws IOException {
        return Files.writeString(dir.resolve("settings-" + level + ".yaml"), "apiVersion: v1\nkind: ConfigMap\n"
                + "metadata:\n  name: settings\ndata:\n  level: \"" + level + "\"\n");
    }

    /** The next line of kubectl's output that starts with {@code prefix} (kubectl ends by its request timeout). */
    private static String lineStartingWith(BufferedReader out, String prefix) throws IOException {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("kubectl ended without a line starting with " + prefix);
    }

    private String kubectl(String... args) throws IOException, InterruptedException {
        return new Kubectl(kubeconfig).ok(args);
    }

    private String kubectlFailing(String... args) throws IOException, InterruptedException {
        return new Kubectl(kubeconfig).failing(args);
    }
}
