package io.jenkins.plugins.skylark.e2e;

import io.jenkins.plugins.skylark.harness.pipeline.BuildResult;
import io.jenkins.plugins.skylark.harness.pipeline.PipelineRun;
import io.jenkins.plugins.skylark.harness.prometheus.PrometheusServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The README's first command: runs the template pipeline twice (a second commit in between) on
 * embedded defaults — build and tests (platformBuild), code scan and quality gate on a simulated SonarQube
 * (platformScan), image, deploys — deploying and exposing the sample service in two environments, and prints the
 * exposed URLs, what the simulated SonarQube and the generic-webhook channel's receiver got and where the
 * delivery report is; then
 * releases a third commit to dev as a canary ({@link CanaryRelease}) and prints its history and outcome.
 */
public final class Demo {
    private Demo() {
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args.length > 0 ? args[0] : "target/demo").toAbsolutePath();
        deleteTree(output);
        Instant now = Instant.now();
        int status = 1;
        try (DeliveryScenario scenario = DeliveryScenario.start(output, true, now.minus(Duration.ofDays(2)))) {
            System.out.println(scenario.pushesToRegistry()
                    ? "Images go to the local docker-registry; the cluster is Skylark's fake Kubernetes API."
                    : "docker-registry is not installed: images are written as OCI archives in the workspace.");
            System.out.println("Jenkinsfile rendered from template " + DeliveryScenario.TEMPLATE + ": "
                    + output.resolve("Jenkinsfile"));
            PipelineRun first = scenario.deliver();
            scenario.release("v2", now.minus(Duration.ofHours(3)));
            PipelineRun second = first.result() == BuildResult.SUCCESS ? scenario.deliver() : first;
            System.out.println();
            System.out.println("Build #1: " + first.result() + ", build #2: " + second.result());
            System.out.println("Exposed (the fake cluster's ingress controller gave the address):");
            scenario.exposedUrls().forEach(url -> System.out.println("  " + url));
            System.out.println("The simulated SonarQube " + scenario.sonar().url()
                    + " received (platformScan's report upload, then its polls for the quality gate):");
            scenario.sonar().requests().forEach(request -> System.out.println("  " + request));
            System.out.println("The generic webhook the demo started received:");
            scenario.webhook().deliveries().forEach(delivery -> System.out.println("  " + delivery.describe()));
            Path report = second.artifacts().resolve("delivery-report.html");
            if (second.result() == BuildResult.SUCCESS && Files.exists(report)) {
                System.out.println("Delivery report: " + report);
                status = grayRelease(scenario, output, now.minus(Duration.ofHours(1))) ? 0 : 1;
            }
        } catch (Exception | Error e) {
            e.printStackTrace();
        } finally {
            // Ends the fake cluster's and the harness's non-daemon threads too.
            System.exit(status);
        }
    }

    /** A third commit released to dev as a canary, analysed when Prometheus is installed; true when promoted. */
    private static boolean grayRelease(DeliveryScenario scenario, Path output, Instant commit) throws Exception {
        System.out.println();
        try (CanaryRelease canary = CanaryRelease.start(scenario)) {
            System.out.println(canary.prometheus().map(prometheus -> "Gray release in dev: simulated users on http://"
                    + CanaryRelease.HOST + "/, Prometheus " + prometheus.url() + " scrapes the ingress controller.")
                    .orElse("Gray release in dev without analyses: prometheus is not installed ("
                            + PrometheusServer.binary() + "; apt-get install -y prometheus)."));
            CanaryRelease.Outcome outcome = canary.run("v3", commit, output);
            System.out.println();
            System.out.println("Gray release build: " + outcome.run().result()
                    + ", Jenkinsfile: " + output.resolve(CanaryRelease.JENKINSFILE));
            outcome.describe().forEach(System.out::println);
            return outcome.promoted();
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
