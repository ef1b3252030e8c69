package io.jenkins.plugins.skylark.deploy.release.it;

import static io.jenkins.plugins.skylark.deploy.release.it.StableApp.image;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.deploy.release.GrayReleaseEngine;
import io.jenkins.plugins.skylark.deploy.release.ReleaseOutcome;
import io.jenkins.plugins.skylark.deploy.release.RouterKind;
import io.jenkins.plugins.skylark.deploy.release.analysis.AnalysisResult;
import io.jenkins.plugins.skylark.deploy.release.analysis.AnalysisTemplate;
import io.jenkins.plugins.skylark.deploy.release.analysis.BuiltInAnalyses;
import io.jenkins.plugins.skylark.deploy.release.analysis.Verdict;
import io.jenkins.plugins.skylark.deploy.release.state.ReleasePhase;
import io.jenkins.plugins.skylark.deploy.release.state.ReleaseState;
import io.jenkins.plugins.skylark.harness.kubernetes.traffic.TrafficClient;
import io.jenkins.plugins.skylark.harness.kubernetes.traffic.TrafficFault;
import io.jenkins.plugins.skylark.harness.prometheus.RequiresPrometheus;
import io.jenkins.plugins.skylark.platform.TrafficRouter;
import io.jenkins.plugins.skylark.release.ReleaseStrategy;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The built-in success-rate analysis on what a real Prometheus scraped from the simulated users decides the
 * release: a canary answering 30 % errors fails it and is aborted, too few requests are inconclusive (never a
 * success). Short windows (3 s, scraped every second) keep it fast.
 */
@RequiresPrometheus
@ExtendWith(ReleaseCluster.Extension.class)
class AnalysisDrivenAbortTest {
    /** A canary image whose pods answer 3 requests of 10 with a 500, whatever namespace it runs in. */
    private static final String FAULTY = "registry.example/shop/orders@sha256:" + "f".repeat(64);
    private static final String WINDOW = "3s";

    @ParameterizedTest
    @EnumSource(value = RouterKind.class, names = {"NGINX", "ISTIO"})
    void shouldAbortAFailingCanaryAndPutEveryUserBackOnStableAtOnce(RouterKind router, ReleaseCluster cluster)
            throws Exception {
        cluster.fake().failures().onImageTraffic(FAULTY, TrafficFault.errors(0.3));
        StableApp app = cluster.deploy(router);
        GrayReleaseEngine engine = cluster.engine();
        engine.start(app.request(ReleaseStrategy.CANARY, FAULTY, Duration.ofSeconds(5)));
        engine.setWeight(app.target(), 50);
        TrafficClient users = app.users().requestsPerSecond(100);
        awaitCanaryRequestsScraped(cluster, app, 30);

        AnalysisResult result = cluster.analyse(successRate(router).withCount(3, 0, 2), app);

        assertThat(result.verdict()).as(result.reason()).isEqualTo(Verdict.FAILED);
        assertThat(result.measurements()).last().satisfies(m -> assertThat(m.value()).isBetween(0.6, 0.8));
        record(engine, app, result);
        CompletableFuture<ReleaseOutcome> abort = CompletableFuture.supplyAsync(
                () -> engine.abort(app.target(), result.reason()));
        StableApp.await("the router reads 0 % canary", () -> app.readBack().canaryPercent() == 0);
        try (UserLoad during = UserLoad.start(app.users())) {
            Split.of(app, app.users().send(300)).assertCanaryShare(0);
            assertThat(app.canaryLeftovers()).as("canary kept for the scale-down delay").contains("Deployment orders-canary");

            ReleaseOutcome outcome = abort.get();

            assertThat(outcome.phase()).as(outcome.message()).isEqualTo(ReleasePhase.ABORTED);
            assertThat(outcome.message()).contains(result.reason());
            assertThat(app.canaryLeftovers()).isEmpty();
            during.close();
            assertThat(during.statuses()).as("every request from the abort on").containsOnlyKeys(200);
            assertThat(during.served(app.canary())).isZero();
        } finally {
            users.requestsPerSecond(0);
        }
    }

    @Test
    void shouldCallTooFewRequestsInconclusiveNeverASuccess(ReleaseCluster cluster) throws Exception {
        StableApp app = cluster.deploy(RouterKind.NGINX);
        GrayReleaseEngine engine = cluster.engine();
        engine.start(app.request(ReleaseStrategy.CANARY, image(2), Duration.ZERO));
        engine.setWeight(app.target(), 50);
        TrafficClient trickle = app.users().requestsPerSecond(2); // about 3 canary requests a window, 20 needed
        try {
            awaitCanaryRequestsScraped(cluster, app, 1);

            AnalysisResult result = cluster.analyse(successRate(RouterKind.NGINX).withCount(2, 0, 1), app);

            assertThat(result.verdict()).as(result.reason()).isEqualTo(Verdict.INCONCLUSIVE);
            assertThat(result.measurements()).as("healthy but too few requests")
                    .allSatisfy(m -> assertThat(m.verdict()).isEqualTo(Verdict.INCONCLUSIVE));
            assertThat(cluster.traffic().requestsFailed(app.canary())).isZero();
            record(engine, app, result);
            ReleaseOutcome outcome = engine.abort(app.target(), result.reason());

            assertThat(outcome.phase()).as(outcome.message()).isEqualTo(ReleasePhase.INCONCLUSIVE);
            Split.of(app, app.users().send(300)).assertCanaryShare(0);
            assertThat(app.canaryLeftovers()).isEmpty();
        } finally {
            trickle.requestsPerSecond(0);
        }
    }

    private static AnalysisTemplate successRate(RouterKind router) {
        return BuiltInAnalyses.resolve(BuiltInAnalyses.SUCCESS_RATE, TrafficRouter.valueOf(router.name()))
                .withInterval(WINDOW);
    }

    private static void record(GrayReleaseEngine engine, StableApp app, AnalysisResult result) {
        engine.recordAnalysis(app.target(), new ReleaseState.AnalysisRecord(result.analysis(), result.verdict().name(),
                result.reason(), Instant.now()));
    }

    /** Waits until Prometheus has seen {@code count} canary requests within one window (then rates exist). */
    private static void awaitCanaryRequestsScraped(ReleaseCluster cluster, StableApp app, int count) throws Exception {
        String canary = app.target().router() == RouterKind.NGINX
                ? "nginx_ingress_controller_requests{namespace=\"" + app.namespace() + "\",canary!=\"\"}"
                : "istio_requests_total{destination_workload_namespace=\"" + app.namespace()
                        + "\",destination_workload=\"" + StableApp.CANARY + "\"}";
        cluster.prometheus().awaitNonEmpty("sum(increase(" + canary + "[" + WINDOW + "])) >= " + count,
                Duration.ofSeconds(60));
    }
}
