package io.jenkins.plugins.skylark.metrics.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the embedded H2, recording transactions never overlap: H2 spins on a key that another open transaction has
 * inserted and sees no deadlock, so two batches sharing keys in opposite orders stalled each other for the lock
 * timeout, key after key. Reads still run beside a recording.
 */
class H2RecordersTakeTurnsTest {

    @TempDir
    Path jenkinsHome;

    @Test
    void shouldStartARecordingOnlyOnceTheOneRunningHasEnded() throws Exception {
        try (MetricsDatabase database = MetricsDatabase.open(DatabaseSettings.embedded(jenkinsHome))) {
            List<String> steps = new CopyOnWriteArrayList<>();
            CountDownLatch firstInside = new CountDownLatch(1);
            CountDownLatch releaseFirst = new CountDownLatch(1);
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> database.inDurableTransaction(c -> {
                steps.add("first begins");
                firstInside.countDown();
                awaitQuietly(releaseFirst);
                steps.add("first ends");
                return null;
            }));
            assertThat(firstInside.await(30, TimeUnit.SECONDS)).isTrue();
            Thread secondThread = new Thread(() -> database.inDurableTransaction(c -> steps.add("second runs")));
            secondThread.start();
            awaitWaiting(secondThread);

            Boolean read = database.inTransaction(c -> {
                try (var statement = c.createStatement(); var rows = statement.executeQuery("SELECT 1")) {
                    return rows.next();
                }
            });
            assertThat(read).as("a read beside the recording").isTrue();
            assertThat(steps).containsExactly("first begins");

            releaseFirst.countDown();
            first.get(30, TimeUnit.SECONDS);
            secondThread.join(30_000);
            assertThat(steps).containsExactly("first begins", "first ends", "second runs");
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitWaiting(Thread thread) throws InterruptedException {
        for (int i = 0; i < 1_000 && thread.getState() != Thread.State.WAITING; i++) {
            Thread.sleep(10);
        }
        assertThat(thread.getState()).as("the second recording waits for its turn").isEqualTo(Thread.State.WAITING);
    }
}
