package io.jenkins.plugins.skylark.harness.kubernetes;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the fake cluster on its own until killed, for demos and manual trials:
 * <pre>
 * mvn -q -pl test-harness exec:java -Dexec.args="--port 6443 --kubeconfig /tmp/fake.kubeconfig"
 * </pre>
 * Options: {@code --port N} (default: a free port), {@code --kubeconfig FILE} (write it there instead of
 * printing it), {@code --speed X} (simulated seconds per real second, default 1), {@code --nodes N}
 * (default 2), {@code --token T} (default: random), {@code --namespaces A,B} (created besides the defaults),
 * {@code --write-latency-ms N} (each write answered N ms after it is applied, as etcd's commit; default 0),
 * {@code --controllers false} (the API server alone, without pods or rollouts; default true).
 */
public final class FakeKubernetesMain {

    private FakeKubernetesMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        FakeKubernetes.Builder builder = FakeKubernetes.builder().speed(1);
        Path kubeconfig = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw usage("missing value for " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> builder.port(number(option, value));
                case "--kubeconfig" -> kubeconfig = Path.of(value);
                case "--speed" -> builder.speed(Double.parseDouble(value));
                case "--nodes" -> builder.nodes(number(option, value));
                case "--token" -> builder.token(value);
                case "--namespaces" -> builder.namespaces(value.split(","));
                case "--write-latency-ms" -> builder.writeLatency(Duration.ofMillis(number(option, value)));
                case "--controllers" -> builder.controllers(bool(option, value));
                default -> throw usage("unknown option " + option);
            }
        }
        FakeKubernetes fake;
        try {
            fake = builder.start();
        } catch (RuntimeException e) {
            // the HTTP server's threads would keep the JVM alive after a failed start (e.g. port in use)
            System.err.println("Cannot start the fake Kubernetes API server: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            fake.close();
            stopped.countDown();
        }, "fake-kubernetes-shutdown"));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (kubeconfig != null) {
            Files.writeString(kubeconfig, fake.kubeconfig(), StandardCharsets.UTF_8);
            out.println("Fake Kubernetes API server at " + fake.url() + "; kubeconfig written to " + kubeconfig);
        } else {
            out.print(fake.kubeconfig());
        }
        stopped.await();
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw usage(option + " needs a number, got '" + value + "'");
        }
    }

    private static boolean bool(String option, String value) {
        if (!value.equals("true") && !value.equals("false")) {
            throw usage(option + " needs true or false, got '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    private static IllegalArgumentException usage(String problem) {
        return new IllegalArgumentException(problem + "\nusage: FakeKubernetesMain [--port N] [--kubeconfig FILE]"
                + " [--speed X] [--nodes N] [--token T] [--namespaces A,B] [--write-latency-ms N] [--controllers true|false]");
    }
}
