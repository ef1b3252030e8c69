package io.jenkins.plugins.skylark.metrics.store;

import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The child JVM of the crash test: opens the store at the JDBC URL given as its argument and records
 * delivery events {@link #event(int) 0, 1, 2, …} through the real {@link DeliveryRecorder}, printing
 * {@code ack <key> ok} for each one the store acknowledged (recorded, {@code true}), in that order, right
 * after {@link DeliveryRecorder#record} returned. It never stops by itself: the test kills it.
 */
public final class IngestChild {

    static final String READY = "ready";
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private IngestChild() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        MetricsDatabase database = MetricsDatabase.open(new DatabaseSettings(args[0], null, null));
        DeliveryRecorder recorder = new DeliveryRecorder(database);
        out.println(READY);
        out.flush();
        for (int index = 0; ; index++) {
            DeliveryEvent event = event(index);
            if (recorder.record(event, List.of())) {
                out.println(ackLine(event.idempotencyKey()));
                out.flush();
            }
        }
    }

    /** The {@code index}-th event: a deployment of "shop" to production, one second after the previous one. */
    static DeliveryEvent event(int index) {
        String key = key(index);
        return new DeliveryEvent(key, DeliveryEventType.DEPLOYED, "retail", "shop", "production",
                START.plusSeconds(index), "registry/shop@sha256:" + key, null, "https://jenkins/job/shop/" + index + "/",
                Map.of());
    }

    static String key(int index) {
        return String.format("crash-%06d", index);
    }

    static int index(String key) {
        return Integer.parseInt(key.substring("crash-".length()));
    }

    static String ackLine(String key) {
        return "ack " + key + " ok";
    }

    /** The key of a complete acknowledgement line; {@code null} for anything else (a line cut by the kill). */
    static String ackedKey(String line) {
        String[] words = line.split(" ");
        return words.length == 3 && "ack".equals(words[0]) && "ok".equals(words[2]) ? words[1] : null;
    }

    /** The moment after every event this child may record: the end of a history query covering them all. */
    static Instant after(int count) {
        return START.plusSeconds(count + 1L);
    }
}
