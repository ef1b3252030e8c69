package io.jenkins.plugins.skylark.harness.kubernetes;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
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
 * {@code --controllers false} (the API server alone, without pods or rollouts; default true),
 * {@code --ingress-controller CLASS=ADDRESS} and {@code --default-ingress-controller CLASS=ADDRESS} (an ingress
 * controller assigning ADDRESS to Ingresses of IngressClass CLASS), {@code --gateway-api true} (install the Gateway
 * API CRDs), {@code --istio true} (install the Istio VirtualService and DestinationRule CRDs),
 * {@code --gateway NAMESPACE/NAME=CLASS@ADDRESS[,HOSTNAME...]} (a Gateway with a listener per hostname). The ingress and gateway options can be repeated.
 */
public final class FakeKubernetesMain {

    private FakeKubernetesMain() {
    }

    /** The builder and kubeconfig file a command line asks for. */
    record Options(FakeKubernetes.Builder builder, Path kubeconfig) {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Options options = parse(args);
        FakeKubernetes.Builder builder = options.builder();
        Path kubeconfig = options.kubeconfig();
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

    static Options parse(String... args) {
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
                case "--ingress-controller" -> builder.ingressController(before(option, value, '='),
                        after(value, '='));
                case "--default-ingress-controller" -> builder.defaultIngressController(before(option, value, '='),
                        after(value, '='));
                case "--gateway-api" -> {
                    if (bool(option, value)) {
                        builder.gatewayApi();
                    }
                }
                case "--istio" -> {
                    if (bool(option, value)) {
                        builder.istio();
                    }
                }
                case "--gateway" -> gateway(builder, option, value);
                default -> throw usage("unknown option " + option);
            }
        }
        return new Options(builder, kubeconfig);
    }

    /** {@code NAMESPACE/NAME=CLASS@ADDRESS[,HOSTNAME...]}. */
    private static void gateway(FakeKubernetes.Builder builder, String option, String value) {
        String target = before(option, value, '=');
        String[] classAndRest = after(value, '=').split("@", 2);
        if (classAndRest.length != 2 || classAndRest[0].isEmpty() || !target.contains("/")) {
            throw usage(option + " needs NAMESPACE/NAME=CLASS@ADDRESS[,HOSTNAME...], got '" + value + "'");
        }
        String[] addressAndHosts = classAndRest[1].split(",");
        builder.gateway(before(option, target, '/'), after(target, '/'), classAndRest[0], addressAndHosts[0],
                Arrays.copyOfRange(addressAndHosts, 1, addressAndHosts.length));
    }

    private static String before(String option, String value, char separator) {
        int at = value.indexOf(separator);
        if (at <= 0 || at == value.length() - 1) {
            throw usage(option + " needs a value of the form A" + separator + "B, got '" + value + "'");
        }
        return value.substring(0, at);
    }

    private static String after(String value, char separator) {
        return value.substring(value.indexOf(separator) + 1);
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
                + " [--speed X] [--nodes N] [--token T] [--namespaces A,B] [--write-latency-ms N] [--controllers true|false]"
                + " [--ingress-controller CLASS=ADDRESS] [--default-ingress-controller CLASS=ADDRESS]"
                + " [--gateway-api true|false] [--istio true|false] [--gateway NAMESPACE/NAME=CLASS@ADDRESS[,HOSTNAME...]]");
    }
}
