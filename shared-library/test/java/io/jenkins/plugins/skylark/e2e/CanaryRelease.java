package io.jenkins.plugins.skylark.e2e;

import io.jenkins.plugins.skylark.deploy.release.ReleaseTarget;
import io.jenkins.plugins.skylark.deploy.release.RouterKind;
import io.jenkins.plugins.skylark.deploy.release.state.ReleasePhase;
import io.jenkins.plugins.skylark.deploy.release.state.ReleaseState;
import io.jenkins.plugins.skylark.deploy.release.state.ReleaseStore;
import io.jenkins.plugins.skylark.harness.kubernetes.traffic.TrafficClient;
import io.jenkins.plugins.skylark.harness.pipeline.BuildResult;
import io.jenkins.plugins.skylark.harness.pipeline.PipelineRun;
import io.jenkins.plugins.skylark.harness.prometheus.PrometheusServer;
import io.jenkins.plugins.skylark.harness.prometheus.ScrapeTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo's gray release in {@code dev}, after the deliveries: simulated users on the exposed host, a real
 * Prometheus (Debian's {@code prometheus}) scraping the ingress controller's metrics, dev's release settings
 * pointing at it, and a build whose Jenkinsfile ({@link #jenkinsfile}) builds the new commit's image and
 * releases it with {@code grayRelease}: 20 %, analysis, 50 %, analysis, 100 %. Without the binary the
 * release runs without the analysis steps.
 */
final class CanaryRelease implements AutoCloseable {
    static final String ENVIRONMENT = "dev";
    static final String NAMESPACE = "shop-dev";
    static final String HOST = DemoPlatform.APPLICATION + "." + ENVIRONMENT + "." + DemoPlatform.DOMAIN;
    static final String SCRAPE_JOB = "ingress-nginx";
    /** The release build's Jenkinsfile, kept in the output folder. */
    static final String JENKINSFILE = "Jenkinsfile-gray-release";
    static final String WITH_ANALYSES = "[[weight: 20], [analysis: 'success-rate'], [weight: 50], "
            + "[analysis: 'success-rate'], [weight: 100]]";
    static final String WITHOUT_ANALYSES = "[[weight: 20], [weight: 50], [weight: 100]]";
    /** Enough requests for the analysis' minimum sample in each interval at 20 % (see DemoPlatform). */
    private static final double USERS_PER_SECOND = 50;
    private static final Duration SCRAPED = Duration.ofSeconds(60);

    private final DeliveryScenario scenario;
    private final TrafficClient users;
    private final PrometheusServer prometheus;

    private CanaryRelease(DeliveryScenario scenario, TrafficClient users, PrometheusServer prometheus) {
        this.scenario = scenario;
        this.users = users;
        this.prometheus = prometheus;
    }

    /** Starts the users and, when installed, Prometheus; points dev's release settings at it. */
    static CanaryRelease start(DeliveryScenario scenario) throws IOException {
        TrafficClient users = scenario.cluster().traffic().viaIngress(NAMESPACE, HOST, "/")
                .requestsPerSecond(USERS_PER_SECOND);
        if (!PrometheusServer.isInstalled()) {
            return new CanaryRelease(scenario, users, null);
        }
        PrometheusServer prometheus = PrometheusServer.start(
                ScrapeTarget.of(SCRAPE_JOB, "127.0.0.1:" + scenario.cluster().traffic().metricsPort()));
        try {
            prometheus.awaitScraped(SCRAPE_JOB, SCRAPED);
            scenario.configurePlatform(prometheus.url());
            return new CanaryRelease(scenario, users, prometheus);
        } catch (IOException | RuntimeException e) {
            prometheus.close();
            throw e;
        }
    }

    /** Whether the release is analysed (Prometheus is installed and runs). */
    boolean analysed() {
        return prometheus != null;
    }

    Optional<PrometheusServer> prometheus() {
        return Optional.ofNullable(prometheus);
    }

    /** The Jenkinsfile of the release build: the new commit's image, then the gray release. */
    String jenkinsfile() {
        return """
                @Library('%s') _
                node {
                    checkout scm
                    withPlatform(project: '%s', environment: '%s') {
                        platformBuild(application: '%s', args: '-q clean package') // the jar for platformImage
                        def image = platformImage(application: '%s') // the image by digest
                        def release = grayRelease(application: '%s', image: image,
                                steps: %s)
                        echo "gray release of %s: ${release.outcome}"
                    }
                }
                """.formatted(DeliveryScenario.LIBRARY_NAME, DemoPlatform.PROJECT, ENVIRONMENT,
                DemoPlatform.APPLICATION, DemoPlatform.APPLICATION, DemoPlatform.APPLICATION, analysed() ? WITH_ANALYSES : WITHOUT_ANALYSES,
                DemoPlatform.APPLICATION);
    }

    /** Commits {@code version} at {@code at}, then runs the release build; the Jenkinsfile is kept in {@code output}. */
    Outcome run(String version, Instant at, Path output) throws Exception {
        scenario.release(version, at);
        Files.writeString(output.resolve(JENKINSFILE), jenkinsfile());
        PipelineRun run = scenario.build(jenkinsfile());
        Optional<ReleaseState> state = new ReleaseStore(scenario.cluster().client())
                .load(ReleaseTarget.of(NAMESPACE, DemoPlatform.APPLICATION, null, RouterKind.NGINX));
        return new Outcome(run, state.orElse(null));
    }

    /** The build and the release's state as the cluster keeps it ({@code null} when none was saved). */
    record Outcome(PipelineRun run, ReleaseState state) {

        boolean promoted() {
            return run.result() == BuildResult.SUCCESS && state != null && state.phase() == ReleasePhase.PROMOTED;
        }

        /** The release's history and analyses, one line each, as the demo prints them. */
        List<String> describe() {
            List<String> lines = new ArrayList<>();
            if (state == null) {
                lines.add("no release state in the cluster");
                return lines;
            }
            lines.add("release " + state.releaseId() + " of " + state.image() + ": " + state.phase()
                    + (state.reason() == null ? "" : " (" + state.reason() + ")"));
            state.history().forEach(entry -> lines.add("  " + entry.at() + "  " + entry.phase() + "  canary "
                    + entry.canaryWeight() + " %" + (entry.note() == null ? "" : "  " + entry.note())));
            state.analyses().forEach(analysis -> lines.add("  analysis " + analysis.name() + ": "
                    + analysis.verdict() + " (" + analysis.reason() + ")"));
            return lines;
        }
    }

    @Override
    public void close() throws IOException {
        users.requestsPerSecond(0);
        if (prometheus != null) {
            prometheus.close();
        }
    }
}
