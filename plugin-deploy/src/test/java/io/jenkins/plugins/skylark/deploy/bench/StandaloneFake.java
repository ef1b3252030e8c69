package io.jenkins.plugins.skylark.deploy.bench;

import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetesMain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The standalone fake API server ({@link FakeKubernetesMain}) in its own JVM, started with this JVM's class
 * path, so that neither tool's timed window pays for the server's CPU or JIT. Destroyed on {@link #close()}.
 */
final class StandaloneFake implements AutoCloseable {
    private final Process process;
    private final Path kubeconfig;

    private StandaloneFake(Process process, Path kubeconfig) {
        this.process = process;
        this.kubeconfig = kubeconfig;
    }

    /** Starts the server and returns once it has written its kubeconfig (it prints a line after that). */
    static StandaloneFake start(Path folder, double speed, String... namespaces) throws IOException {
        Path kubeconfig = folder.resolve("kubeconfig");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                FakeKubernetesMain.class.getName(), "--kubeconfig", kubeconfig.toString(),
                "--speed", Double.toString(speed), "--namespaces", String.join(",", namespaces))
                .redirectErrorStream(true).start();
        StandaloneFake fake = new StandaloneFake(process, kubeconfig);
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line = output.readLine();
        while (line != null && !line.contains("kubeconfig written")) {
            seen.append(line).append('\n');
            line = output.readLine();
        }
        if (line == null) {
            fake.close();
            throw new IllegalStateException("the standalone fake API server did not start (exit code "
                    + process.exitValue() + "):\n" + seen);
        }
        // keep draining its output so that it never blocks on a full pipe
        Thread drain = new Thread(() -> output.lines().forEach(ignored -> { }), "standalone-fake-output");
        drain.setDaemon(true);
        drain.start();
        return fake;
    }

    /** CPU time the server process has used so far (what a tool's requests cost it), 0 where unknown. */
    long cpuNanos() {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    Path kubeconfig() {
        return kubeconfig;
    }

    String kubeconfigContent() throws IOException {
        return Files.readString(kubeconfig, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
