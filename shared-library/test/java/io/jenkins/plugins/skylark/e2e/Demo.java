package io.jenkins.plugins.skylark.e2e;

import io.jenkins.plugins.skylark.harness.pipeline.BuildResult;
import io.jenkins.plugins.skylark.harness.pipeline.PipelineRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The README's first command: runs the template pipeline twice (a second commit in between) on
 * embedded defaults, deploying and exposing the sample service in two environments, and prints the
 * exposed URLs, what the generic-webhook channel's receiver got and where the delivery report is.
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
            System.out.println("The generic webhook the demo started received:");
            scenario.webhook().deliveries().forEach(delivery -> System.out.println("  " + delivery.describe()));
            Path report = second.artifacts().resolve("delivery-report.html");
            if (second.result() == BuildResult.SUCCESS && Files.exists(report)) {
                System.out.println("Delivery report: " + report);
                status = 0;
            }
        } catch (Exception | Error e) {
            e.printStackTrace();
        } finally {
            // Ends the fake cluster's and the harness's non-daemon threads too.
            System.exit(status);
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
