package io.jenkins.plugins.skylark.deploy.release.it;

import io.jenkins.plugins.skylark.harness.kubernetes.traffic.TrafficClient;
import io.jenkins.plugins.skylark.harness.kubernetes.traffic.TrafficTally;
import io.jenkins.plugins.skylark.harness.kubernetes.traffic.Version;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Simulated users sending small batches without pause from a thread of their own while the release changes the
 * router, recording every answer: whether any request failed while traffic moved.
 */
final class UserLoad implements AutoCloseable {
    private final Map<Integer, Long> statuses = new ConcurrentHashMap<>();
    private final Map<Version, Long> served = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile RuntimeException failure;

    private UserLoad(TrafficClient users) {
        thread = new Thread(() -> {
            try {
                while (running) {
                    TrafficTally tally = users.send(10);
                    tally.statuses().forEach((status, n) -> statuses.merge(status, n, Long::sum));
                    tally.served().forEach((version, n) -> served.merge(version, n, Long::sum));
                    Thread.sleep(5);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                failure = e;
            }
        }, "release-it-users");
        thread.setDaemon(true);
        thread.start();
    }

    static UserLoad start(TrafficClient users) {
        return new UserLoad(users);
    }

    /** Requests answered so far, by status. */
    Map<Integer, Long> statuses() {
        return Map.copyOf(statuses);
    }

    long served(Version version) {
        return served.getOrDefault(version, 0L);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
        if (failure != null) {
            throw failure;
        }
    }
}
