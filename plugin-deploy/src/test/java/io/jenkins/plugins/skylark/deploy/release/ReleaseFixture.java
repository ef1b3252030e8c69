package io.jenkins.plugins.skylark.deploy.release;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.jenkins.plugins.skylark.deploy.release.router.TrafficRouting;
import io.jenkins.plugins.skylark.deploy.release.router.TrafficRoutings;
import io.jenkins.plugins.skylark.deploy.workload.SkylarkLabels;
import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetes;
import io.jenkins.plugins.skylark.release.ReleaseStep;
import io.jenkins.plugins.skylark.release.ReleaseStrategy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A fake cluster with the stable {@code orders} Deployment (2 replicas) and Service, the state and lock in maps,
 * a recording router, and a clock that only moves when the engine sleeps (so delays cost no real time).
 */
final class ReleaseFixture implements AutoCloseable {
    static final String NS = "shop-prod";
    static final String BUILD_1 = "https://ci.example/job/orders/1/";
    static final String BUILD_2 = "https://ci.example/job/orders/2/";
    static final ReleaseTarget TARGET = ReleaseTarget.of(NS, "orders", null, RouterKind.NGINX);

    final FakeKubernetes cluster = FakeKubernetes.builder().speed(30).namespaces(NS).start();
    final MapStateStore store = new MapStateStore();
    final MapLeaseLock lock = new MapLeaseLock();
    final RecordingRouting routing = new RecordingRouting();
    final MovingClock clock = new MovingClock();
    final Set<String> running = ConcurrentHashMap.newKeySet();
    final List<String> log = new CopyOnWriteArrayList<>();
    /** Called with the delay whenever the engine sleeps, before the clock moves on. */
    volatile Consumer<Duration> onSleep = duration -> { };

    ReleaseFixture() {
        deployStable(image(1));
    }

    static String image(int n) {
        return "registry.example/shop/orders@sha256:" + String.valueOf(n).repeat(64);
    }

    GrayReleaseEngine engine() {
        return engine(kind -> routing);
    }

    /** The engine with the real routers of {@link TrafficRoutings} instead of the recording one. */
    GrayReleaseEngine engineWithRealRouters() {
        return engine(kind -> TrafficRoutings.of(cluster.client(), kind, log::add));
    }

    private GrayReleaseEngine engine(Function<RouterKind, TrafficRouting> routings) {
        Sleeper sleeper = duration -> {
            onSleep.accept(duration);
            if (Thread.interrupted()) {
                throw new InterruptedException("as Thread.sleep would");
            }
            clock.advance(duration);
        };
        EngineSettings settings = new EngineSettings(Duration.ofMillis(50), Duration.ofSeconds(90), Duration.ofMinutes(1),
                sleeper);
        return new GrayReleaseEngine(new ReleaseContext(cluster.client(), log::add, clock, running::contains, store,
                lock, routings, settings, null));
    }

    ReleaseRequest request(String image, ReleaseStrategy strategy, String build, Duration scaleDownDelay) {
        return new ReleaseRequest(TARGET, image, null, strategy, List.of(new ReleaseStep.Weight(10),
                new ReleaseStep.Weight(50)), build, false, Duration.ZERO, scaleDownDelay);
    }

    void deployStable(String image) {
        Map<String, String> pod = Map.of("app", "orders", SkylarkLabels.APPLICATION, "orders");
        Deployment stable = new DeploymentBuilder().withNewMetadata().withName("orders").withNamespace(NS)
                .withLabels(Map.of(SkylarkLabels.APPLICATION, "orders")).endMetadata()
                .withNewSpec().withReplicas(2).withNewSelector().withMatchLabels(Map.of("app", "orders")).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(pod).endMetadata().withNewSpec()
                .addNewContainer().withName("app").withImage(image).endContainer()
                .addNewContainer().withName("sidecar").withImage("registry.example/proxy:1").endContainer()
                .endSpec().endTemplate().endSpec().build();
        cluster.client().resource(stable).inNamespace(NS).create();
        Service service = new ServiceBuilder().withNewMetadata().withName("orders").withNamespace(NS).endMetadata()
                .withNewSpec().withSelector(Map.of("app", "orders")).addNewPort().withName("http").withPort(80)
                .withNewTargetPort(8080).endPort().endSpec().build();
        cluster.client().resource(service).inNamespace(NS).create();
    }

    Deployment deployment(String name) {
        return cluster.client().apps().deployments().inNamespace(NS).withName(name).get();
    }

    Service service(String name) {
        return cluster.client().services().inNamespace(NS).withName(name).get();
    }

    static String imageOf(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
    }

    @Override
    public void close() {
        cluster.close();
    }

    /** A clock at a fixed instant that moves only when told. */
    static final class MovingClock extends Clock {
        private volatile Instant now = Instant.parse("2026-12-03T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
