package io.jenkins.plugins.skylark.deploy.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The cold-start figures: per set of engine JVM options, the medians of the runs' first deploy in a fresh JVM against
 * kubectl's first run with an empty cache, wall and CPU time; the same JVM's second deploy; and the memory the engine
 * left behind in its JVM. Ratio as in the warm table: kubectl's time over the engine's (above 1: the engine is faster).
 */
final class ColdComparison {
    static final double GOAL = 1.0;

    private final Duration latency;
    private final Map<String, List<Run>> runs = new LinkedHashMap<>();

    ColdComparison(Duration latency) {
        this.latency = latency;
    }

    void add(String jvmOptions, ColdStart.Engine engine, ColdStart.Timed kubectl) {
        runs.computeIfAbsent(jvmOptions, options -> new ArrayList<>()).add(new Run(engine, kubectl));
    }

    String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "first deploy on a fresh agent (write latency %d ms; engine in a new JVM,"
                + " %s access, kubectl with an empty cache; median of %d runs; wall time with process start, CPU = user + system"
                + " of the process):%n", latency.toMillis(), ColdStart.ACCESS,
                runs.values().stream().mapToInt(List::size).max().orElse(0)));
        out.append(String.format(Locale.ROOT, "%-26s %8s %8s %8s %8s %6s %6s   %s%n", "engine JVM options", "engine",
                "cpu", "kubectl", "cpu", "ratio", "cpu", "second deploy in that JVM; classes loaded; JIT time (all compiler threads); memory"));
        List<String> met = new ArrayList<>();
        runs.forEach((options, list) -> {
            long engineWall = median(list, r -> r.engine.process().wallNanos());
            long engineCpu = median(list, r -> r.engine.process().cpuNanos());
            long kubectlWall = median(list, r -> r.kubectl.wallNanos());
            long kubectlCpu = median(list, r -> r.kubectl.cpuNanos());
            double ratio = (double) kubectlWall / engineWall;
            if (ratio >= GOAL) {
                met.add(label(options));
            }
            out.append(String.format(Locale.ROOT, "%-26s %6.2f s %6.2f s %6.2f s %6.2f s %5.2fx %5.2fx   %.2f s"
                    + " (cpu %.2f s); %d classes; JIT %.1f s; heap +%d MB after GC, RSS +%d MB%n", label(options),
                    seconds(engineWall), seconds(engineCpu), seconds(kubectlWall), seconds(kubectlCpu), ratio,
                    (double) kubectlCpu / engineCpu, median(list, r -> r.engine.second().wallMs()) / 1e3,
                    median(list, r -> r.engine.second().cpuMs() - r.engine.first().cpuMs()) / 1e3,
                    median(list, r -> r.engine.first().classes()), median(list, r -> r.engine.first().jitMs()) / 1e3,
                    median(list, r -> r.engine.memory().heapAfterKb() - r.engine.memory().heapBeforeKb()) / 1024,
                    median(list, r -> r.engine.memory().rssAfterKb() - r.engine.memory().rssBeforeKb()) / 1024));
        });
        out.append(String.format(Locale.ROOT, "cold goal (engine no slower than kubectl, ratio >= %.1fx): met with %s%n",
                GOAL, met.isEmpty() ? "none" : String.join(", ", met)));
        return out.toString();
    }

    private static String label(String options) {
        return options.isEmpty() ? "(defaults)" : options;
    }

    private static long median(List<Run> list, ToLongFunction<Run> value) {
        long[] sorted = list.stream().mapToLong(value).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private record Run(ColdStart.Engine engine, ColdStart.Timed kubectl) {
    }
}
