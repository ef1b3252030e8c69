package io.jenkins.plugins.skylark.deploy.bench;

import io.jenkins.plugins.skylark.deploy.release.ReleaseTarget;
import io.jenkins.plugins.skylark.deploy.release.router.TrafficRouting;
import io.jenkins.plugins.skylark.deploy.release.router.TrafficWeights;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The first moment the route objects, read back after a change, send all traffic to stable (no weight, no match
 * route). Reads run on a thread of their own, never on the watch's: a blocking call there would hold its events.
 */
final class StableMoment implements AutoCloseable {
    private final TrafficRouting reader;
    private final ReleaseTarget target;
    private final ExecutorService reads = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "stable-moment");
        thread.setDaemon(true);
        return thread;
    });
    private final CountDownLatch stable = new CountDownLatch(1);
    private volatile long at;

    /** Reads the split once before anything changes, so that the reading thread is up and its code loaded. */
    StableMoment(TrafficRouting reader, ReleaseTarget target) throws InterruptedException {
        this.reader = reader;
        this.target = target;
        try {
            reads.submit(() -> reader.read(target)).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the " + target.router() + " route back", e.getCause());
        }
    }

    /** A route object changed: read the weights back. */
    void changed() {
        reads.execute(() -> {
            if (stable.getCount() == 0) {
                return;
            }
            TrafficWeights weights = reader.read(target);
            if (weights.canaryPercent() == 0 && weights.match() == null) {
                at = System.nanoTime();
                stable.countDown();
            }
        });
    }

    /** {@link System#nanoTime()} when the weights first read back as all on stable. */
    long await(Duration timeout) throws InterruptedException {
        if (!stable.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the " + target.router() + " route of " + target.namespace()
                    + " did not read back as all on stable within " + timeout);
        }
        return at;
    }

    @Override
    public void close() {
        reads.shutdownNow();
    }
}
