package io.jenkins.plugins.skylark.deploy.bench;

import io.jenkins.plugins.skylark.deploy.DeployEngine;
import io.jenkins.plugins.skylark.deploy.DeployOptions;
import io.jenkins.plugins.skylark.deploy.DeployRequest;
import io.jenkins.plugins.skylark.deploy.DeployResult;
import io.jenkins.plugins.skylark.deploy.DeployTarget;
import io.jenkins.plugins.skylark.deploy.cluster.ClusterAccess;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Deploys in a fresh JVM, as on a new agent: {@code KUBECONFIG MANIFESTS NAMESPACE_PREFIX RUNS ACCESS LAUNCHED};
 * run N deploys into {@code NAMESPACE_PREFIX-N}; LAUNCHED is when the parent started this process (epoch ms). ACCESS {@code token} uses the kubeconfig's server and token as a secret-text
 * credential does, {@code kubeconfig} the whole file as a secret-file credential does. Prints a {@link Figures} line per run (the first is the cold one) and a {@link Memory}
 * line: what this JVM held before the first deploy and, after a full GC, after the last.
 */
public final class ColdDeployMain {
    private ColdDeployMain() {
    }

    public static void main(String[] args) throws IOException {
        String kubeconfig = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        ClusterAccess access = "token".equals(args[4]) ? ClusterAccess.withToken(field(kubeconfig, "server"), null,
                false, field(kubeconfig, "token")) : ClusterAccess.withKubeconfig(kubeconfig);
        Path manifests = Path.of(args[1]).toAbsolutePath();
        int runs = Integer.parseInt(args[3]);
        long launched = Long.parseLong(args[5]);
        long heapBefore = Memory.heapUsedKb();
        long rssBefore = Memory.rssKb();
        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            String namespace = args[2] + "-" + run;
            try (DeployEngine engine = DeployEngine.connect(access, line -> { })) {
                DeployTarget target = new DeployTarget("bench", namespace, namespace, null, "bench");
                DeployRequest request = new DeployRequest(target, "bench", null, "1", null, Set.of(),
                        List.of(manifests.toString()), DeployOptions.defaults().withWaitForRollout(false));
                DeployResult result = engine.deploy(request, Path.of("/"));
                if (!result.succeeded()) {
                    System.out.println("failed: " + result.message());
                    System.exit(1);
                }
            }
            System.out.println(Figures.now(run, System.nanoTime() - start, System.currentTimeMillis() - launched));
        }
        System.gc();
        System.out.println(new Memory(heapBefore, Memory.heapUsedKb(), rssBefore, Memory.rssKb()));
        System.exit(0);
    }

    /** The value of {@code key: value} in the fake's kubeconfig (one server, one user). */
    private static String field(String kubeconfig, String key) {
        return kubeconfig.lines().map(String::strip).filter(line -> line.startsWith(key + ": ")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + key + " in the kubeconfig"))
                .substring(key.length() + 2).strip();
    }

    /**
     * One deploy: its wall time, and from this JVM's launch to the deploy's end: wall time, CPU time (all threads),
     * loaded classes and JIT time (summed over compiler threads).
     */
    record Figures(int run, long wallMs, long sinceLaunchMs, long cpuMs, long classes, long jitMs) {
        static Figures now(int run, long wallNanos, long sinceLaunchMs) {
            long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            var compilation = ManagementFactory.getCompilationMXBean();
            return new Figures(run, wallNanos / 1_000_000, sinceLaunchMs, cpu / 1_000_000,
                    ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount(),
                    compilation == null ? 0 : compilation.getTotalCompilationTime());
        }

        static Figures parse(List<String> lines, int run) {
            String prefix = "deploy " + run + " ";
            String[] f = lines.stream().filter(l -> l.startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no figures for deploy " + run + " in " + lines))
                    .split(" ");
            return new Figures(run, Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]),
                    Long.parseLong(f[5]), Long.parseLong(f[6]));
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "deploy %d %d %d %d %d %d", run, wallMs, sinceLaunchMs, cpuMs, classes,
                    jitMs);
        }
    }

    /** Heap in use and resident set size, in KiB, before the first deploy and after the last (then after a full GC). */
    record Memory(long heapBeforeKb, long heapAfterKb, long rssBeforeKb, long rssAfterKb) {
        static long heapUsedKb() {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024;
        }

        static long rssKb() {
            try {
                return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                        .map(l -> l.replaceAll("\\D", "")).mapToLong(Long::parseLong).findFirst().orElse(0);
            } catch (IOException e) {
                return 0;
            }
        }

        static Memory parse(List<String> lines) {
            String[] f = lines.stream().filter(l -> l.startsWith("memory ")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no memory figures in " + lines)).split(" ");
            return new Memory(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]));
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "memory %d %d %d %d", heapBeforeKb, heapAfterKb, rssBeforeKb, rssAfterKb);
        }
    }
}
