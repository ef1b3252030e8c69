package io.jenkins.plugins.skylark.deploy.bench;

import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetesMain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The standalone fake API server ({@link FakeKubernetesMain}) in its own JVM, started with this JVM's class
 * path, so that neither tool's timed window pays for the server's CPU or JIT. It runs without controllers (neither
 * tool waits for rollouts) and with the C1 compiler and the serial collector only: a real API server is compiled
 * ahead of time, and C2's compile bursts and parallel GC threads in the fake would otherwise take CPU from whichever
 * tool is being timed on this small machine. Destroyed on {@link #close()}.
 */
final class StandaloneFake implements AutoCloseable {
    private final Process process;
    private final Path kubeconfig;

    private StandaloneFake(Process process, Path kubeconfig) {
        this.process = process;
        this.kubeconfig = kubeconfig;
    }

    /** Starts the server and returns once it has written its kubeconfig (it prints a line after that). */
    static StandaloneFake start(Path folder, Duration writeLatency, List<String> namespaces) throws IOException {
        Files.createDirectories(folder);
        Path kubeconfig = folder.resolve("kubeconfig");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), FakeKubernetesMain.class.getName(),
                "--kubeconfig", kubeconfig.toString(), "--controllers", "false",
                "--write-latency-ms", Long.toString(writeLatency.toMillis()),
                "--namespaces", String.join(",", namespaces))
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
