package io.jenkins.plugins.skylark.deploy.bench;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watch;
import io.jenkins.plugins.skylark.deploy.cluster.ClusterAccess;
import io.jenkins.plugins.skylark.deploy.cluster.KubernetesClients;
import io.jenkins.plugins.skylark.deploy.release.GrayReleaseEngine;
import io.jenkins.plugins.skylark.deploy.release.ReleaseOutcome;
import io.jenkins.plugins.skylark.deploy.release.ReleaseRequest;
import io.jenkins.plugins.skylark.deploy.release.ReleaseTarget;
import io.jenkins.plugins.skylark.deploy.release.RouterKind;
import io.jenkins.plugins.skylark.deploy.release.router.TrafficRoutings;
import io.jenkins.plugins.skylark.deploy.release.router.TrafficWeights;
import io.jenkins.plugins.skylark.deploy.release.state.ReleasePhase;
import io.jenkins.plugins.skylark.release.ReleaseStep;
import io.jenkins.plugins.skylark.release.ReleaseStrategy;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Gray releases against kubectl, on one fake cluster in one run (issue 10, "Benchmark"). Per router (NGINX canary
 * Ingress, Gateway API HTTPRoute, Istio VirtualService), rounds alternate three measurements:
 * <ol>
 * <li><b>Abort to stable</b>: a canary at 50 %, then {@link GrayReleaseEngine#abort}; the time from the call until a
 * second client, watching the route objects and reading the weights back from them after each event (the routers'
 * own {@code read}), sees 100 % on stable. The canary's removal follows at once (scale-down delay 0).</li>
 * <li><b>Five weight changes by the engine</b> (10, 25, 50, 75, 100 %, no pause): the sum of the five
 * {@code setWeight} calls, each with its checks and its state record; and, apart, the whole release from
 * {@code start} to {@code promote}, which a kubectl script has no single counterpart for.</li>
 * <li><b>The same five weight changes by {@code kubectl patch}</b>, one process per change as a script runs them,
 * on a canary the engine started (untimed): the canary Ingress's weight annotation (merge patch), or the route's
 * stable and canary weights (JSON patch).</li>
 * </ol>
 * The stable Deployment has one replica unless {@code -Dbench.stableReplicas=N}, so the canary keeps its one replica
 * and both sides change weights only (with more, the engine also scales the canary before a weight, and waits for it).
 * Arguments: timed rounds (default 10), routers (default {@code NGINX,GATEWAY_API,ISTIO}). Properties:
 * {@code bench.warmUp} untimed rounds first (default 2), {@code bench.writeLatencyMs} the fake's write latency
 * (default 0). Not a test: run it by hand (README, "Benchmarks").
 */
public final class GrayReleaseBenchmark {
    private static final int[] WEIGHTS = {10, 25, 50, 75, 100};
    private static final String BUILD = "https://ci.example/job/orders/1/";

    private final GrayBenchCluster cluster;
    private final GrayReleaseEngine engine;
    private final KubernetesClient observer;
    private final Kubectl kubectl;
    private final Path work;
    private int images;

    private GrayReleaseBenchmark(GrayBenchCluster cluster, GrayReleaseEngine engine, KubernetesClient observer,
            Kubectl kubectl, Path work) {
        this.cluster = cluster;
        this.engine = engine;
        this.observer = observer;
        this.kubectl = kubectl;
        this.work = work;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<RouterKind> kinds = Arrays.stream((args.length > 1 ? args[1] : "NGINX,GATEWAY_API,ISTIO").split(","))
                .map(String::strip).map(RouterKind::valueOf).toList();
        int warmUp = Integer.getInteger("bench.warmUp", 2);
        Duration latency = Duration.ofMillis(Long.getLong("bench.writeLatencyMs", 0));
        if (!Kubectl.installed()) {
            System.err.println("kubectl is not installed (apt-get install -y kubectl)");
            System.exit(2);
        }
        Path work = Files.createTempDirectory("gray-release-bench");
        List<GrayFigures> figures = new ArrayList<>();
        try (GrayBenchCluster cluster = new GrayBenchCluster(kinds, latency, Integer.getInteger("bench.stableReplicas", 1));
                KubernetesClient engineClient = KubernetesClients.create(ClusterAccess.withKubeconfig(cluster.fake.kubeconfig()));
                KubernetesClient observer = cluster.fake.newClient("default")) {
            Path kubeconfig = work.resolve("kubeconfig");
            Files.writeString(kubeconfig, cluster.fake.kubeconfig(), StandardCharsets.UTF_8);
            GrayReleaseEngine engine = new GrayReleaseEngine(engineClient, line -> { }, Clock.systemUTC(), url -> true);
            GrayReleaseBenchmark bench = new GrayReleaseBenchmark(cluster, engine, observer,
                    new Kubectl(kubeconfig, work.resolve("kube-cache")), work);
            for (RouterKind kind : kinds) {
                figures.add(bench.measure(kind, warmUp, rounds));
            }
        }
        System.out.printf(Locale.ROOT, "%d timed rounds per router after %d warm-up rounds; write latency %d ms;"
                + " load average at the end %.1f on %d cores%n", rounds, warmUp, latency.toMillis(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.print(GrayFigures.report(figures));
    }

    private GrayFigures measure(RouterKind kind, int warmUp, int rounds) throws IOException, InterruptedException {
        GrayFigures figures = new GrayFigures(kind);
        for (int round = 1 - warmUp; round <= rounds; round++) {
            long abort = abortToStable(kind);
            long[] engineRun = engineRun(kind);
            long script = kubectlRun(kind, round);
            String label = round <= 0 ? "warm-up " + (round + warmUp) : "round " + round;
            System.out.printf(Locale.ROOT, "%s %s: abort to stable %.0f ms; five weights: engine %.0f ms,"
                    + " kubectl %.0f ms; start to promote %.0f ms%n", kind, label, abort / 1e6,
                    engineRun[0] / 1e6, script / 1e6, engineRun[1] / 1e6);
            if (round > 0) {
                figures.add(abort, engineRun[0], script, engineRun[1]);
            }
        }
        return figures;
    }

    /** Nanoseconds from calling abort until the second client reads 100 % on stable back from the route objects. */
    private long abortToStable(RouterKind kind) throws InterruptedException {
        ReleaseTarget target = GrayBenchCluster.target(kind);
        engine.start(request(target, List.of(new ReleaseStep.Weight(50))));
        engine.setWeight(target, 50);
        try (StableMoment moment = new StableMoment(TrafficRoutings.of(observer, kind, line -> { }), target);
                Watch watch = cluster.watchRoutes(observer, kind, moment::changed)) {
            long start = System.nanoTime();
            expect(engine.abort(target, "benchmark"), ReleasePhase.ABORTED);
            return moment.await(Duration.ofSeconds(30)) - start;
        }
    }

    /** The five {@code setWeight} calls summed, and the whole release from start to promote. */
    private long[] engineRun(RouterKind kind) {
        ReleaseTarget target = GrayBenchCluster.target(kind);
        long start = System.nanoTime();
        engine.start(request(target, Arrays.stream(WEIGHTS).<ReleaseStep>mapToObj(ReleaseStep.Weight::new).toList()));
        long weights = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            long before = System.nanoTime();
            engine.setWeight(target, WEIGHTS[i]);
            weights += System.nanoTime() - before;
            engine.completedStep(target, i);
        }
        expect(engine.promote(target, Duration.ofMinutes(2)), ReleasePhase.PROMOTED);
        return new long[] {weights, System.nanoTime() - start};
    }

    /** The five {@code kubectl patch} processes summed, on a canary the engine started; the weights checked after. */
    private long kubectlRun(RouterKind kind, int round) throws IOException, InterruptedException {
        ReleaseTarget target = GrayBenchCluster.target(kind);
        engine.start(request(target, List.of()));
        List<String[]> patches = Arrays.stream(WEIGHTS).mapToObj(percent -> cluster.patchArguments(kind, percent)).toList();
        long total = 0;
        for (int i = 0; i < patches.size(); i++) {
            total += kubectl.run(work.resolve("kubectl-" + kind + "-" + round + "-" + i + ".log"), patches.get(i));
        }
        TrafficWeights after = TrafficRoutings.of(observer, kind, line -> { }).read(target);
        if (after.canaryPercent() != 100) {
            throw new IllegalStateException("after kubectl's patches the " + kind + " route says " + after);
        }
        cluster.deleteCanaryIngress(kind);
        expect(engine.abort(target, "kubectl round done"), ReleasePhase.ABORTED);
        return total;
    }

    private ReleaseRequest request(ReleaseTarget target, List<ReleaseStep> steps) {
        images++;
        return new ReleaseRequest(target, "registry.example/shop/orders:" + images, null, ReleaseStrategy.CANARY, steps,
                BUILD, false, Duration.ZERO, Duration.ZERO);
    }

    private static void expect(ReleaseOutcome outcome, ReleasePhase phase) {
        if (outcome.phase() != phase) {
            throw new IllegalStateException("expected " + phase + ", got " + outcome.phase() + ": " + outcome.message());
        }
    }
}
