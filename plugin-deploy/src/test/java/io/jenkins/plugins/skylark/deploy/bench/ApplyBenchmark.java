package io.jenkins.plugins.skylark.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.deploy.DeployEngine;
import io.jenkins.plugins.skylark.deploy.DeployOptions;
import io.jenkins.plugins.skylark.deploy.DeployRequest;
import io.jenkins.plugins.skylark.deploy.DeployResult;
import io.jenkins.plugins.skylark.deploy.DeployTarget;
import io.jenkins.plugins.skylark.deploy.cluster.ClusterAccess;
import io.jenkins.plugins.skylark.deploy.cluster.KubernetesClients;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 300 objects (100 Deployments, 100 Services, 100 ConfigMaps) applied to the standalone fake API server (its own
 * process, as a real API server is), by the engine behind {@code platformDeploy} and by
 * {@code kubectl apply --server-side}, each run into a fresh namespace of the same server, alternating, in the
 * same run. This is repeated for several write latencies of the fake (the time a real API server waits for etcd to
 * commit a write before it answers), each on a fresh server: with no latency the two tools only compete for this
 * machine's CPU; with latency, how each tool spends the waits decides. Untimed warm-up runs come first on each
 * server: they compile the engine's code (as in a long-running agent), fill kubectl's discovery cache and warm the
 * server. kubectl runs with {@code --validate=false}: the fake serves no full OpenAPI schema, and the engine does no
 * schema validation against the server either. Prints a table of medians and ratios.
 */
@Tag("benchmark")
class ApplyBenchmark {
    private static final int PER_KIND = 100;
    private static final int WARM_UP_RUNS = Integer.getInteger("bench.warmUp", 3);
    private static final int TIMED_RUNS = Integer.getInteger("bench.runs", 3);
    private static final List<Long> WRITE_LATENCIES_MS = Arrays.stream(
            System.getProperty("bench.writeLatenciesMs", "0,2,5,10").split(",")).map(String::strip)
            .map(Long::valueOf).toList();
    /** The write latency at which the first deploy on a fresh agent is measured, and how many times. */
    private static final long COLD_LATENCY_MS = Long.getLong("bench.coldLatencyMs", 2);
    private static final int COLD_RUNS = Integer.getInteger("bench.coldRuns", 3);

    /** The engine's parallel applies; its default unless {@code -Dbench.applyThreads=N}. */
    private static final DeployOptions ENGINE_OPTIONS = DeployOptions.defaults().withWaitForRollout(false)
            .withApplyThreads(Integer.getInteger("bench.applyThreads", DeployOptions.defaults().applyThreads()));

    @TempDir
    Path work;

    @Test
    void shouldCompareEngineWithKubectlServerSideApply() throws Exception {
        assumeTrue(Kubectl.installed(), "kubectl is not installed (apt-get install -y kubectl)");
        Path manifests = BenchmarkManifests.write(work.resolve("manifests"), PER_KIND);
        ApplyComparison comparison = new ApplyComparison(PER_KIND * 3, WARM_UP_RUNS, TIMED_RUNS);
        for (long latency : WRITE_LATENCIES_MS) {
            comparison.add(measure(manifests, Duration.ofMillis(latency), comparison));
        }
        String report = comparison.report();
        System.out.print(report);
        Files.writeString(Path.of("target", "benchmark-apply.txt"), report);
    }

    private ApplyComparison.Row measure(Path manifests, Duration latency, ApplyComparison comparison)
            throws IOException, InterruptedException {
        List<String> namespaces = new ArrayList<>();
        for (int run = 1; run <= WARM_UP_RUNS + TIMED_RUNS; run++) {
            namespaces.add("engine-" + run);
            namespaces.add("kubectl-" + run);
        }
        boolean cold = latency.toMillis() == COLD_LATENCY_MS;
        List<String> jvmOptions = ColdStart.jvmOptionSets();
        for (int variant = 0; cold && variant < jvmOptions.size(); variant++) {
            for (int run = 1; run <= COLD_RUNS; run++) {
                namespaces.addAll(ColdStart.namespaces(variant, run));
            }
        }
        Path folder = work.resolve("latency-" + latency.toMillis());
        try (StandaloneFake fake = StandaloneFake.start(folder, latency, namespaces)) {
            ClusterAccess access = ClusterAccess.withKubeconfig(fake.kubeconfigContent());
            if (cold) {
                comparison.cold(measureCold(fake, folder, manifests, latency, jvmOptions));
            }
            ApplyComparison.Row row = new ApplyComparison.Row(latency);
            for (int run = 1; run <= WARM_UP_RUNS + TIMED_RUNS; run++) {
                long before = fake.cpuNanos();
                long engine = engine(access, manifests, "engine-" + run);
                long middle = fake.cpuNanos();
                long kubectl = kubectl(fake.kubeconfig(), folder, manifests, "kubectl-" + run);
                long after = fake.cpuNanos();
                boolean timed = run > WARM_UP_RUNS;
                System.out.printf("write latency %d ms, run %d%s: engine %.2f s, kubectl %.2f s%n", latency.toMillis(),
                        run, timed ? "" : " (warm-up)", engine / 1e9, kubectl / 1e9);
                if (timed) {
                    row.addRun(engine, kubectl, middle - before, after - middle);
                }
            }
            assertAllApplied(access, namespaces);
            return row;
        }
    }

    /** Before anything else runs on this server: fresh processes for both tools, alternating, per set of JVM options. */
    private static ColdComparison measureCold(StandaloneFake fake, Path folder, Path manifests, Duration latency,
            List<String> jvmOptions) throws IOException, InterruptedException {
        ColdComparison cold = new ColdComparison(latency);
        for (int run = 1; run <= COLD_RUNS; run++) {
            for (int variant = 0; variant < jvmOptions.size(); variant++) {
                String prefix = ColdStart.enginePrefix(variant, run);
                String kubectlNamespace = ColdStart.kubectlNamespace(variant, run);
                ColdStart.Engine engine = ColdStart.engine(jvmOptions.get(variant), fake.kubeconfig(), manifests,
                        prefix, folder.resolve(prefix + ".log"));
                ColdStart.Timed kubectl = ColdStart.kubectl(fake.kubeconfig(), manifests, kubectlNamespace,
                        folder.resolve("kube-cache-" + kubectlNamespace), folder.resolve(kubectlNamespace + ".log"));
                String options = jvmOptions.get(variant).isEmpty() ? "JVM defaults" : jvmOptions.get(variant);
                System.out.printf("cold run %d (%s): engine %.2f s (cpu %.2f s), kubectl %.2f s (cpu %.2f s)%n", run,
                        options, engine.process().wallNanos() / 1e9, engine.process().cpuNanos() / 1e9,
                        kubectl.wallNanos() / 1e9, kubectl.cpuNanos() / 1e9);
                cold.add(jvmOptions.get(variant), engine, kubectl);
            }
        }
        return cold;
    }

    private static void assertAllApplied(ClusterAccess access, List<String> namespaces) {
        try (KubernetesClient client = KubernetesClients.create(access)) {
            for (String namespace : namespaces) {
                assertThat(client.apps().deployments().inNamespace(namespace).list().getItems()).hasSize(PER_KIND);
                assertThat(client.services().inNamespace(namespace).list().getItems()).hasSize(PER_KIND);
                assertThat(client.configMaps().inNamespace(namespace).list().getItems()).hasSize(PER_KIND);
            }
        }
    }

    private static long engine(ClusterAccess access, Path manifests, String namespace) {
        long start = System.nanoTime();
        try (DeployEngine engine = DeployEngine.connect(access, line -> { })) {
            DeployTarget target = new DeployTarget("bench", namespace, namespace, null, "bench");
            DeployRequest request = new DeployRequest(target, "bench", null, "1", null, Set.of(),
                    List.of(manifests.toString()), ENGINE_OPTIONS);
            DeployResult result = engine.deploy(request, Path.of("/"));
            assertThat(result.succeeded()).as(result.message()).isTrue();
        }
        return System.nanoTime() - start;
    }

    private static long kubectl(Path kubeconfig, Path folder, Path manifests, String namespace)
            throws IOException, InterruptedException {
        return new Kubectl(kubeconfig, folder.resolve("kube-cache")).run(folder.resolve("kubectl-" + namespace + ".log"),
                "apply", "--server-side", "--validate=false", "--field-manager", "bench", "-n", namespace, "-f",
                manifests.toString());
    }
}
