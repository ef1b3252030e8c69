package io.jenkins.plugins.skylark.deploy.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The apply benchmark's figures: per write latency, the medians of the timed runs, and the report. */
final class ApplyComparison {
    static final double GOAL = 3.0;

    private final int objects;
    private final int warmUpRuns;
    private final int timedRuns;
    private final List<Row> rows = new ArrayList<>();
    private ColdComparison cold;

    ApplyComparison(int objects, int warmUpRuns, int timedRuns) {
        this.objects = objects;
        this.warmUpRuns = warmUpRuns;
        this.timedRuns = timedRuns;
    }

    /** The first deploy on a fresh agent, measured apart in fresh processes. */
    void cold(ColdComparison comparison) {
        cold = comparison;
    }

    void add(Row row) {
        rows.add(row);
    }

    String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d objects per run; median of %d timed runs after %d warm-up runs;"
                + " wall time, the tool's process start included%n", objects, timedRuns, warmUpRuns));
        out.append(String.format(Locale.ROOT, "%-14s %15s %15s %7s   %s%n", "write latency", "skylark engine",
                "kubectl apply", "ratio", "fake server CPU (engine, kubectl)"));
        List<String> met = new ArrayList<>();
        List<String> notMet = new ArrayList<>();
        for (Row row : rows) {
            double ratio = row.ratio();
            out.append(String.format(Locale.ROOT, "%-14s %13.2f s %13.2f s %6.1fx   %.2f s, %.2f s%n",
                    row.latency.toMillis() + " ms", seconds(row.engine()), seconds(row.kubectl()), ratio,
                    seconds(row.engineServerCpu()), seconds(row.kubectlServerCpu())));
            (ratio >= GOAL ? met : notMet).add(row.latency.toMillis() + " ms");
        }
        out.append(String.format(Locale.ROOT, "goal (engine at least %.0fx faster): met at %s; not met at %s%n", GOAL,
                met.isEmpty() ? "none" : String.join(", ", met), notMet.isEmpty() ? "none" : String.join(", ", notMet)));
        if (cold != null) {
            out.append(cold.report());
        }
        return out.toString();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** The timed runs at one write latency. */
    static final class Row {
        private final Duration latency;
        private final List<Long> engine = new ArrayList<>();
        private final List<Long> kubectl = new ArrayList<>();
        private final List<Long> engineServerCpu = new ArrayList<>();
        private final List<Long> kubectlServerCpu = new ArrayList<>();

        Row(Duration latency) {
            this.latency = latency;
        }

        void addRun(long engineNanos, long kubectlNanos, long serverCpuInEngineRun, long serverCpuInKubectlRun) {
            engine.add(engineNanos);
            kubectl.add(kubectlNanos);
            engineServerCpu.add(serverCpuInEngineRun);
            kubectlServerCpu.add(serverCpuInKubectlRun);
        }

        long engine() {
            return median(engine);
        }

        long kubectl() {
            return median(kubectl);
        }

        long engineServerCpu() {
            return median(engineServerCpu);
        }

        long kubectlServerCpu() {
            return median(kubectlServerCpu);
        }

        double ratio() {
            return (double) kubectl() / engine();
        }

        private long median(List<Long> values) {
            if (values.isEmpty()) {
                throw new IllegalStateException("no timed run at write latency " + latency.toMillis() + " ms");
            }
            return Percentiles.median(values);
        }
    }
}
