package io.jenkins.plugins.skylark.deploy.bench;

import io.jenkins.plugins.skylark.deploy.release.RouterKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The gray release benchmark's timed rounds for one router, and the report with medians, p90 and ratios. */
final class GrayFigures {
    static final long ABORT_GOAL_MS = 1000;

    private final RouterKind kind;
    private final List<Long> abortToStable = new ArrayList<>();
    private final List<Long> engineWeights = new ArrayList<>();
    private final List<Long> kubectlWeights = new ArrayList<>();
    private final List<Long> fullRun = new ArrayList<>();

    GrayFigures(RouterKind kind) {
        this.kind = kind;
    }

    void add(long abort, long engine, long kubectl, long startToPromote) {
        abortToStable.add(abort);
        engineWeights.add(engine);
        kubectlWeights.add(kubectl);
        fullRun.add(startToPromote);
    }

    /** kubectl's median over the engine's: above 1, the engine is faster. */
    double ratio() {
        return (double) Percentiles.median(kubectlWeights) / Percentiles.median(engineWeights);
    }

    static String report(List<GrayFigures> rows) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%-12s %22s   %32s %7s   %s%n", "router", "abort to stable (ms)", "five weight changes (ms)", "",
                "start to promote (ms)"));
        out.append(String.format(Locale.ROOT, "%-12s %10s %11s   %10s %21s %7s   %10s%n", "", "median", "p90",
                "engine", "kubectl patch", "ratio", "median"));
        for (GrayFigures row : rows) {
            out.append(String.format(Locale.ROOT, "%-12s %10.1f %11.1f   %10.1f %21.1f %6.1fx   %10.0f%n", row.kind,
                    ms(Percentiles.median(row.abortToStable)), ms(Percentiles.of(row.abortToStable, 90)),
                    ms(Percentiles.median(row.engineWeights)), ms(Percentiles.median(row.kubectlWeights)), row.ratio(),
                    ms(Percentiles.median(row.fullRun))));
        }
        for (GrayFigures row : rows) {
            boolean abort = Percentiles.of(row.abortToStable, 90) < ABORT_GOAL_MS * 1_000_000;
            out.append(String.format(Locale.ROOT, "%s: abort to stable under %d ms (p90): %s; five weights no slower"
                    + " than kubectl (medians): %s%n", row.kind, ABORT_GOAL_MS, abort ? "met" : "NOT met",
                    row.ratio() >= 1 ? "met" : "NOT met"));
        }
        return out.toString();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
