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
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 300 objects (100 Deployments, 100 Services, 100 ConfigMaps) applied to the standalone fake API server
 * (its own process, as a real API server is), once by the engine behind {@code platformDeploy} and once by
 * {@code kubectl apply --server-side}, each into its own fresh namespace of the same server, in the same
 * run. Both first get one untimed warm-up of the same 300 objects into their own namespaces: it loads and
 * compiles the engine's code (as in a long-running Jenkins controller), fills kubectl's discovery cache,
 * and warms the server's request path for both. kubectl runs with
 * {@code --validate=false}: the fake serves no OpenAPI document, and the engine does no schema
 * validation against the server either. Prints both times and the ratio.
 */
@Tag("benchmark")
class ApplyBenchmark {
    private static final int PER_KIND = 100;

    @TempDir
    Path work;

    @Test
    void shouldCompareEngineWithKubectlServerSideApply() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/kubectl")), "kubectl is not installed (apt-get install -y kubectl)");
        Path manifests = BenchmarkManifests.write(work.resolve("manifests"), PER_KIND);
        try (StandaloneFake fake = StandaloneFake.start(work, 50, "warm-engine", "warm-kubectl", "bench-engine",
                "bench-kubectl")) {
            Path kubeconfig = fake.kubeconfig();
            ClusterAccess access = ClusterAccess.withKubeconfig(fake.kubeconfigContent());

            engine(access, manifests, "warm-engine");
            kubectl(kubeconfig, manifests, "warm-kubectl");
            long serverBefore = fake.cpuNanos();
            long engineNanos = engine(access, manifests, "bench-engine");
            long serverEngine = fake.cpuNanos() - serverBefore;
            long kubectlNanos = kubectl(kubeconfig, manifests, "bench-kubectl");
            long serverKubectl = fake.cpuNanos() - serverBefore - serverEngine;

            try (KubernetesClient client = KubernetesClients.create(access)) {
                for (String namespace : List.of("bench-engine", "bench-kubectl")) {
                    assertThat(client.apps().deployments().inNamespace(namespace).list().getItems()).hasSize(PER_KIND);
                    assertThat(client.services().inNamespace(namespace).list().getItems()).hasSize(PER_KIND);
                    assertThat(client.configMaps().inNamespace(namespace).list().getItems()).hasSize(PER_KIND);
                }
            }
            report(engineNanos, kubectlNanos, serverEngine, serverKubectl);
        }
    }

    private long engine(ClusterAccess access, Path manifests, String namespace) {
        long start = System.nanoTime();
        try (DeployEngine engine = DeployEngine.connect(access,
                line -> System.out.printf("%6d ms %s%n", (System.nanoTime() - start) / 1_000_000, line))) {
            DeployTarget target = new DeployTarget("bench", namespace, namespace, null, "bench");
            DeployRequest request = new DeployRequest(target, "bench", null, "1", null, Set.of(),
                    List.of(manifests.toString()), DeployOptions.defaults().withWaitForRollout(false));
            DeployResult result = engine.deploy(request, Path.of("/"));
            assertThat(result.succeeded()).as(result.message()).isTrue();
        }
        return System.nanoTime() - start;
    }

    private long kubectl(Path kubeconfig, Path manifests, String namespace) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder("kubectl", "--kubeconfig", kubeconfig.toString(),
                "--cache-dir", work.resolve("kube-cache").toString(), "apply", "--server-side", "--validate=false",
                "--field-manager", "bench", "-n", namespace, "-f", manifests.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("kubectl-" + namespace + ".log").toFile()).start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        long elapsed = System.nanoTime() - start;
        assertThat(process.exitValue()).as(Files.readString(work.resolve("kubectl-" + namespace + ".log"))).isZero();
        return elapsed;
    }

    private static void report(long engineNanos, long kubectlNanos, long serverEngine, long serverKubectl)
            throws IOException {
        String report = String.format("%d objects: skylark engine %.2f s, kubectl apply --server-side %.2f s, ratio %.1fx"
                + " (fake API server CPU in each window: %.2f s, %.2f s)%n", PER_KIND * 3, engineNanos / 1e9,
                kubectlNanos / 1e9, (double) kubectlNanos / engineNanos, serverEngine / 1e9, serverKubectl / 1e9);
        System.out.print(report);
        Files.writeString(Path.of("target", "benchmark-apply.txt"), report);
    }
}
