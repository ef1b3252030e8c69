package io.jenkins.plugins.skylark.metrics.store;

import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.metrics.dora.LinkedCommit;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Batch ingest on the embedded (durable) store: events recorded through {@link DeliveryRecorder#recordAll}
 * (one transaction and one forced sync per batch) against the same kind of events recorded one by one
 * ({@link DeliveryRecorder#record}) in the same run. Deployments (5 linked commits each) and quality gates,
 * over several projects and applications. Then checks that nothing was lost (every key stored once) and
 * that replaying the whole stream adds nothing. Not a test: run it by hand (README, "Benchmarks").
 * Arguments: events (default 50 000), batch size (default 1 000), events recorded one by one (default 1 000),
 * warm-up events (default 0): recorded in batches into the same store (other keys) before anything is timed, so
 * that the figures are those of a controller that has been running a while (JIT-compiled code, a store that
 * is not empty) rather than of a cold start. Prints events per second of wall time and per CPU second of the
 * recording thread (the figure the machine's load disturbs least), for the whole batch phase and for its best
 * fifth (batches are timed in fifths).
 */
public final class BatchIngestBenchmark {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int FIFTHS = 5;

    private BatchIngestBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int single = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        Path home = Files.createTempDirectory("skylark-batch-ingest-");
        try (MetricsDatabase database = MetricsDatabase.open(DatabaseSettings.embedded(home))) {
            DeliveryRecorder recorder = new DeliveryRecorder(database);
            List<PendingEvent> warm = new ArrayList<>();
            for (int i = 0; i < warmUp; i++) {
                warm.add(event("warm-", i));
            }
            List<PendingEvent> stream = new ArrayList<>();
            for (int i = 0; i < events + single; i++) {
                stream.add(event("ingest-", i));
            }
            long warmRecorded = inBatches(recorder, warm, batchSize);
            Rate singleRate = Rate.start();
            for (PendingEvent pending : stream.subList(events, events + single)) {
                recorder.record(pending.event(), pending.commits(), pending.issueKeys());
            }
            singleRate.stop(single);
            // Timed in fifths too: the best one is the steady state least disturbed by other processes and the JIT.
            Rate batchRate = Rate.start();
            Rate bestFifth = null;
            long recorded = 0;
            for (int fifth = 0; fifth < FIFTHS; fifth++) {
                Rate part = Rate.start();
                List<PendingEvent> slice = stream.subList(events * fifth / FIFTHS, events * (fifth + 1) / FIFTHS);
                recorded += inBatches(recorder, slice, batchSize);
                part.stop(slice.size());
                bestFifth = bestFifth == null || part.cpu > bestFifth.cpu ? part : bestFifth;
            }
            batchRate.stop(events);
            long replayed = inBatches(recorder, stream, batchSize) + inBatches(recorder, warm, batchSize);
            long stored = storedEvents(database);
            System.out.printf(Locale.ROOT, "embedded H2 (durable: WRITE_DELAY=0 + forced sync per transaction), %,d"
                    + " events (80 %% deployments with 5 commits, 20 %% quality gates) after %,d warm-up events%n",
                    events + single, warmUp);
            System.out.printf(Locale.ROOT, "  recordAll, batches of %,d: %s%n", batchSize, batchRate);
            System.out.printf(Locale.ROOT, "    best fifth of them:       %s%n", bestFifth);
            System.out.printf(Locale.ROOT, "  record, one by one:        %s%n", singleRate);
            System.out.printf(Locale.ROOT, "  batches %.1fx faster (wall), %.1fx (CPU)%n", batchRate.wall / singleRate.wall,
                    batchRate.cpu / singleRate.cpu);
            System.out.printf(Locale.ROOT, "  recorded by the batches: %,d of %,d (warm-up %,d of %,d); stored events: %,d"
                    + " of %,d; replay of all added: %d%n", recorded, events, warmRecorded, warmUp, stored,
                    warmUp + events + single, replayed);
        }
    }

    private static long inBatches(DeliveryRecorder recorder, List<PendingEvent> events, int batchSize) {
        long recorded = 0;
        for (int from = 0; from < events.size(); from += batchSize) {
            recorded += recorder.recordAll(events.subList(from, Math.min(events.size(), from + batchSize))).stream()
                    .filter(Boolean::booleanValue).count();
        }
        return recorded;
    }

    /** Events per second of wall time and per CPU second of the current thread. */
    private static final class Rate {
        private final long wallStart = System.nanoTime();
        private final long cpuStart = THREADS.getCurrentThreadCpuTime();
        private double wall;
        private double cpu;

        static Rate start() {
            return new Rate();
        }

        void stop(int events) {
            wall = events / ((System.nanoTime() - wallStart) / 1e9);
            cpu = events / ((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,10.0f events/s wall, %,10.0f per CPU second", wall, cpu);
        }
    }

    private static long storedEvents(MetricsDatabase database) {
        return database.inTransaction(connection -> {
            try (Statement sql = connection.createStatement();
                 ResultSet row = sql.executeQuery("SELECT count(*) FROM delivery_events")) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    private static PendingEvent event(String keyPrefix, int index) {
        String project = "p" + index % 7;
        String application = "app" + index % 5;
        Instant at = START.plusSeconds(index);
        String key = keyPrefix + index;
        if (index % 5 == 4) {
            return PendingEvent.of(new DeliveryEvent(key, DeliveryEventType.QUALITY_GATE, project, application, null, at,
                    "1.0." + index, null, null, Map.of("status", "OK")));
        }
        List<LinkedCommit> commits = new ArrayList<>();
        for (int c = 0; c < 5; c++) {
            Instant committed = at.minusSeconds(3600L * (c + 1));
            commits.add(new LinkedCommit("%040x".formatted(index * 8L + c), committed, committed));
        }
        return new PendingEvent(new DeliveryEvent(key, DeliveryEventType.DEPLOYED, project, application, "production", at,
                "registry/" + application + ":1.0." + index, "c" + index, "https://jenkins/job/x/" + index + "/",
                Map.of()), commits, List.of());
    }
}
