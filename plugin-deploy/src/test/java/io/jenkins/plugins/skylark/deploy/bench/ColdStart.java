package io.jenkins.plugins.skylark.deploy.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first deploy on a fresh agent: the engine in a new JVM ({@link ColdDeployMain}) against kubectl with an empty
 * discovery cache, started under {@code bash} so that the shell's {@code times} gives kubectl's own CPU (user + system,
 * its threads and children together). The JVM's options are the operator's choice on an agent, so
 * each set of options in {@code -Dbench.coldJvmOptions} (separated by {@code |}) is measured apart.
 */
final class ColdStart {
    /** {@code times} prints the shell's then its children's user and system time: {@code 0m7.620s 0m0.530s}. */
    private static final Pattern TIMES = Pattern.compile("(\\d+)m([\\d.]+)s (\\d+)m([\\d.]+)s");

    /** How the engine logs in: {@code token} (a secret-text credential, default) or {@code kubeconfig}. */
    static final String ACCESS = System.getProperty("bench.coldAccess", "token");

    private ColdStart() {
    }

    static List<String> jvmOptionSets() {
        String sets = System.getProperty("bench.coldJvmOptions", "|-XX:TieredStopAtLevel=1");
        List<String> result = new ArrayList<>();
        for (String set : sets.split("\\|", -1)) {
            result.add(set.strip());
        }
        return result;
    }

    /** The namespaces one cold run of each tool writes to: the engine's two deploys, then kubectl's. */
    static List<String> namespaces(int variant, int run) {
        return List.of(enginePrefix(variant, run) + "-1", enginePrefix(variant, run) + "-2", kubectlNamespace(variant, run));
    }

    static String enginePrefix(int variant, int run) {
        return "cold-engine-" + variant + "-" + run;
    }

    static String kubectlNamespace(int variant, int run) {
        return "cold-kubectl-" + variant + "-" + run;
    }

    /**
     * The engine's first and second deploy in a fresh JVM started with {@code jvmOptions}. The first deploy's figures
     * are the JVM's own (wall time from its launch, CPU of all its threads), so that neither the second deploy nor the
     * memory figures count in them.
     */
    static Engine engine(String jvmOptions, Path kubeconfig, Path manifests, String namespacePrefix, Path log)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        if (!jvmOptions.isEmpty()) {
            command.addAll(List.of(jvmOptions.split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ColdDeployMain.class.getName(),
                kubeconfig.toString(), manifests.toString(), namespacePrefix, "2", ACCESS,
                Long.toString(System.currentTimeMillis())));
        run(command, log);
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        ColdDeployMain.Figures first = ColdDeployMain.Figures.parse(lines, 1);
        return new Engine(new Timed(first.sinceLaunchMs() * 1_000_000, first.cpuMs() * 1_000_000), first,
                ColdDeployMain.Figures.parse(lines, 2), ColdDeployMain.Memory.parse(lines));
    }

    /** kubectl as on a fresh agent: its own process and no discovery cache yet. */
    static Timed kubectl(Path kubeconfig, Path manifests, String namespace, Path cacheDir, Path log)
            throws IOException, InterruptedException {
        return run(List.of("kubectl", "--kubeconfig", kubeconfig.toString(), "--cache-dir", cacheDir.toString(),
                "apply", "--server-side", "--validate=false", "--field-manager", "bench", "-n", namespace, "-f",
                manifests.toString()), log);
    }

    /** Runs {@code command} under bash, answering its wall time (process start included) and its CPU. */
    private static Timed run(List<String> command, Path log) throws IOException, InterruptedException {
        List<String> wrapped = new ArrayList<>(List.of("bash", "-c", "\"$@\"; status=$?; times; exit $status", "bash"));
        wrapped.addAll(command);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(wrapped).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + String.join(" ", command));
        }
        long wall = System.nanoTime() - start;
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("exit code " + process.exitValue() + " from " + command.get(0) + ":\n"
                    + output);
        }
        return new Timed(wall, childCpuNanos(output));
    }

    /** The last line of {@code times}: the children's user and system time. */
    static long childCpuNanos(String output) {
        Matcher matcher = TIMES.matcher(output);
        long cpu = -1;
        while (matcher.find()) {
            cpu = seconds(matcher.group(1), matcher.group(2)) + seconds(matcher.group(3), matcher.group(4));
        }
        if (cpu < 0) {
            throw new IllegalStateException("no CPU times in the output:\n" + output);
        }
        return cpu;
    }

    private static long seconds(String minutes, String seconds) {
        return Long.parseLong(minutes) * 60_000_000_000L + Math.round(Double.parseDouble(seconds) * 1e9);
    }

    /** A process's wall time and CPU time (user + system), in nanoseconds. */
    record Timed(long wallNanos, long cpuNanos) {
    }

    /** The engine's process, and its own figures for its first and second deploy and its memory. */
    record Engine(Timed process, ColdDeployMain.Figures first, ColdDeployMain.Figures second,
            ColdDeployMain.Memory memory) {
    }
}
