package io.jenkins.plugins.skylark.metrics.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What durable commits cost the embedded store: events recorded per second, one after the other as
 * builds record them, through the real {@link DeliveryRecorder}, with H2's default write delay (the URL
 * before issue 8 §6: acknowledged before written) and with the embedded default ({@code WRITE_DELAY=0}
 * and every recorded event forced to the disk). Rounds alternate between the two, each on a fresh
 * database; prints medians and their ratio. Not a test: run it by hand (README, "Benchmarks").
 * Optional arguments: events per round (default 2000), timed rounds (default 5).
 */
public final class IngestBenchmark {

    private static final String EMBEDDED_WRITE_DELAY = ";WRITE_DELAY=0";

    private IngestBenchmark() {
    }

    enum Variant {
        DEFAULT_WRITE_DELAY("H2 default write delay (before)"),
        DURABLE("embedded default (durable)");

        final String label;

        Variant(String label) {
            this.label = label;
        }
    }

    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path home = createTempDirectory();
        Map<Variant, List<Double>> rates = new EnumMap<>(Variant.class);
        for (int round = -1; round < rounds; round++) {
            for (Variant variant : Variant.values()) {
                double rate = ingest(variant, home.resolve(variant.name() + "-" + (round + 1)), events);
                if (round >= 0) {
                    rates.computeIfAbsent(variant, ignored -> new ArrayList<>()).add(rate);
                }
            }
        }
        double before = median(rates.get(Variant.DEFAULT_WRITE_DELAY));
        System.out.printf(Locale.ROOT, "%d events per round, median of %d rounds (after one warm-up round)%n",
                events, rounds);
        for (Variant variant : Variant.values()) {
            double rate = median(rates.get(variant));
            System.out.printf(Locale.ROOT, "%-32s %8.0f events/s  %6.2f ms/event  %.2fx of before%n",
                    variant.label, rate, 1000 / rate, rate / before);
        }
    }

    private static double ingest(Variant variant, Path jenkinsHome, int events) {
        String url = DatabaseSettings.embedded(jenkinsHome).jdbcUrl();
        if (variant == Variant.DEFAULT_WRITE_DELAY) {
            url = url.replace(EMBEDDED_WRITE_DELAY, "");
        }
        try (MetricsDatabase database = MetricsDatabase.open(new DatabaseSettings(url, null, null))) {
            DeliveryRecorder recorder = new DeliveryRecorder(database);
            long start = System.nanoTime();
            for (int index = 0; index < events; index++) {
                recorder.record(IngestChild.event(index), List.of());
            }
            return events / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("skylark-ingest-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
