package io.jenkins.plugins.skylark.deploy.release.state;

import static io.jenkins.plugins.skylark.deploy.release.state.ReleaseStates.NS;
import static io.jenkins.plugins.skylark.deploy.release.state.ReleaseStates.TARGET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetes;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReleaseLockTest {
    private static final String BUILD_1 = "https://ci.example.com/job/orders/41/";
    private static final String BUILD_2 = "https://ci.example.com/job/orders/42/";
    private static final Predicate<String> ALL_ALIVE = holder -> true;
    private static final Duration TIMEOUT = Duration.ofMinutes(1);
    private static FakeKubernetes cluster;
    private static KubernetesClient client;

    private final ManualClock clock = new ManualClock(ReleaseStates.STARTED);
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final List<Duration> sleeps = new ArrayList<>();
    private final ReleaseLock lock = new ReleaseLock(client, log::add, clock);

    @BeforeAll
    static void start() {
        cluster = FakeKubernetes.builder().namespaces(NS).controllers(false).start();
        client = cluster.client();
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @BeforeEach
    void clean() {
        client.resources(Lease.class).inNamespace(NS).delete();
    }

    @Test
    void shouldTakeAFreeLockInALeaseNamingTheBuild() {
        assertThat(lock.acquire(TARGET, BUILD_1, ALL_ALIVE, false, TIMEOUT)).isEmpty();

        Lease lease = lease();
        assertThat(lease.getSpec().getHolderIdentity()).isEqualTo(BUILD_1);
        assertThat(lease.getSpec().getAcquireTime().toInstant()).isEqualTo(clock.instant().truncatedTo(
                ChronoUnit.MICROS));
        assertThat(lease.getSpec().getRenewTime()).isNotNull();
        assertThat(lease.getMetadata().getLabels()).containsEntry("app.kubernetes.io/managed-by", "skylark")
                .containsEntry("skylark.jenkins.io/application", "orders");
        assertThat(lock.holder(TARGET)).contains(BUILD_1);
    }

    @Test
    void shouldRefuseAtOnceNamingTheBuildThatHoldsIt() {
        lock.acquire(TARGET, BUILD_1, ALL_ALIVE, false, TIMEOUT);

        assertThatThrownBy(() -> lock.acquire(TARGET, BUILD_2, ALL_ALIVE, false, TIMEOUT))
                .isInstanceOfSatisfying(ReleaseLockedException.class, e -> assertThat(e.holder()).isEqualTo(BUILD_1))
                .hasMessage("The release of orders in namespace shop-prod is locked by build " + BUILD_1
                        + " (Lease shop-prod/skylark-release-orders). Wait for it to end or abort it.");
        assertThat(lease().getSpec().getHolderIdentity()).isEqualTo(BUILD_1);
    }

    @Test
    void shouldRenewForTheBuildThatHoldsIt() {
        lock.acquire(TARGET, BUILD_1, ALL_ALIVE, false, TIMEOUT);
        clock.advance(Duration.ofMinutes(3));

        assertThat(lock.acquire(TARGET, BUILD_1, ALL_ALIVE, false, TIMEOUT)).isEmpty();

        assertThat(lease().getSpec().getRenewTime().toInstant()).isEqualTo(ReleaseStates.STARTED.plusSeconds(180)
                .truncatedTo(ChronoUnit.MICROS));
        assertThat(log).isEmpty();
    }

    @Test
    void shouldTakeOverFromABuildThatIsNoLongerRunning() {
        lock.acquire(TARGET, BUILD_1, ALL_ALIVE, false, TIMEOUT);

        Optional<String> from = lock.acquire(TARGET, BUILD_2, holder -> !holder.equals(BUILD_1), false, TIMEOUT);

        assertThat(from).contains(BUILD_1);
        assertThat(lease().getSpec().getHolderIdentity()).isEqualTo(BUILD_2);
        assertThat(lease().getSpec().getLeaseTransitions()).isEqualTo(1);
        assertThat(log).containsExactly("Took over the release lock of orders in namespace shop-prod from build "
                + BUILD_1 + ", which is no longer running.");
    }

    @Test
    void shouldWaitUntilTheHolderReleasesIt() {
        lock.acquire(TARGET, BUILD_1, ALL_ALIVE, false, TIMEOUT);
        ReleaseLock waiting = new ReleaseLock(client, log::add, clock, d -> {
            sleeps.add(d);
            clock.advance(d);
            if (sleeps.size() == 3) {
                assertThat(lock.release(TARGET, BUILD_1)).isTrue();
            }
        });

        assertThat(waiting.acquire(TARGET, BUILD_2, ALL_ALIVE, true, TIMEOUT)).isEmpty();

        assertThat(lease().getSpec().getHolderIdentity()).isEqualTo(BUILD_2);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(log).containsExactly("The release of orders in namespace shop-prod is locked by build " + BUILD_1
                + ": waiting up to 60 s for it to end.");
    }

    @Test
    void shouldGiveUpWaitingAfterTheTimeoutNamingTheHolder() {
        lock.acquire(TARGET, BUILD_1, ALL_ALIVE, false, TIMEOUT);
        ReleaseLock waiting = new ReleaseLock(client, log::add, clock, d -> {
            sleeps.add(d);
            clock.advance(d);
        });

        assertThatThrownBy(() -> waiting.acquire(TARGET, BUILD_2, ALL_ALIVE, true, Duration.ofSeconds(50)))
                .isInstanceOf(ReleaseLockedException.class)
                .hasMessage("The release of orders in namespace shop-prod is still locked by build " + BUILD_1
                        + " (Lease shop-prod/skylark-release-orders) after waiting 50 s.");
        // growing pauses, capped at 15 s, the last one cut to the deadline
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8), Duration.ofSeconds(15), Duration.ofSeconds(15), Duration.ofSeconds(5));
        assertThat(lease().getSpec().getHolderIdentity()).isEqualTo(BUILD_1);
    }

    @Test
    void shouldStopWaitingWhenTheBuildIsInterrupted() {
        lock.acquire(TARGET, BUILD_1, ALL_ALIVE, false, TIMEOUT);
        ReleaseLock waiting = new ReleaseLock(client, log::add, clock, d -> {
            throw new InterruptedException("build aborted");
        });

        try {
            assertThatThrownBy(() -> waiting.acquire(TARGET, BUILD_2, ALL_ALIVE, true, TIMEOUT))
                    .isInstanceOfSatisfying(ReleaseLockedException.class, e -> assertThat(e.holder()).isEqualTo(BUILD_1))
                    .hasMessage("Interrupted while waiting for build " + BUILD_1 + " to release the lock of orders "
                            + "in namespace shop-prod (Lease shop-prod/skylark-release-orders).");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void shouldLetOnlyOneOfTwoTakeOverFromADeadBuild() {
        lock.acquire(TARGET, BUILD_1, ALL_ALIVE, false, TIMEOUT);
        String build3 = "https://ci.example.com/job/orders/43/";
        Predicate<String> onlyBuild1Dead = holder -> !holder.equals(BUILD_1);
        List<Optional<String>> rival = new ArrayList<>();
        Predicate<String> rivalTakesOverMeanwhile = holder -> {
            if (rival.isEmpty()) {
                // build 3 takes the lock between build 2's read and build 2's write
                rival.add(lock.acquire(TARGET, build3, onlyBuild1Dead, false, TIMEOUT));
            }
            return onlyBuild1Dead.test(holder);
        };

        assertThatThrownBy(() -> lock.acquire(TARGET, BUILD_2, rivalTakesOverMeanwhile, false, TIMEOUT))
                .isInstanceOfSatisfying(ReleaseLockedException.class, e -> assertThat(e.holder()).isEqualTo(build3));
        assertThat(rival).containsExactly(Optional.of(BUILD_1));
        assertThat(lease().getSpec().getHolderIdentity()).isEqualTo(build3);
    }

    @Test
    void shouldLetExactlyOneOfConcurrentAcquirersWin() throws Exception {
        int builds = 4;
        ExecutorService pool = Executors.newFixedThreadPool(builds);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        try {
            for (int i = 0; i < builds; i++) {
                String build = "https://ci.example.com/job/orders/" + (100 + i) + "/";
                Callable<String> attempt = () -> {
                    go.await();
                    try {
                        lock.acquire(TARGET, build, ALL_ALIVE, false, TIMEOUT);
                        return build;
                    } catch (ReleaseLockedException e) {
                        return "refused:" + e.holder();
                    }
                };
                results.add(pool.submit(attempt));
            }
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get(60, TimeUnit.SECONDS));
            }

            String winner = lease().getSpec().getHolderIdentity();
            assertThat(outcomes).filteredOn(o -> !o.startsWith("refused:")).containsExactly(winner);
            assertThat(outcomes).filteredOn(o -> o.startsWith("refused:")).hasSize(builds - 1)
                    .allSatisfy(o -> assertThat(o).isEqualTo("refused:" + winner));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldBeReleasedOnlyByItsHolder() {
        lock.acquire(TARGET, BUILD_1, ALL_ALIVE, false, TIMEOUT);

        assertThat(lock.release(TARGET, BUILD_2)).isFalse();
        assertThat(lock.holder(TARGET)).contains(BUILD_1);
        assertThat(lock.release(TARGET, BUILD_1)).isTrue();
        assertThat(lock.holder(TARGET)).isEmpty();
        assertThat(lock.release(TARGET, BUILD_1)).isFalse();
    }

    private static Lease lease() {
        return client.resources(Lease.class).inNamespace(NS).withName("skylark-release-orders").get();
    }
}
