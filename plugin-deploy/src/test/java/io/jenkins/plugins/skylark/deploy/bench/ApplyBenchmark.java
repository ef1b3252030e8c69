package io.jenkins.plugins.skylark.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.skylark.deploy.DeployEngine;
import io.jenkins.plugins.skylark.deploy.DeployOptions;
import io.jenkins.plugins.skylark.deploy.DeployRequest;
import io.jenkins.plugins.skylark.deploy.DeployResult;
import io.jenkins.plugins.skylark.deploy.DeployTarget;
import io.jenkins.plugins.skylark.deploy.cluster.ClusterAccess;
import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetes;
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
 * 300 objects (100 Deployments, 100 Services, 100 ConfigMaps) applied to the standalone fake API server,
 * once by the engine behind {@code platformDeploy} and once by {@code kubectl apply --server-side},
 * each into its own fresh namespace of the same server, in the same run. Both first get one untimed
 * warm-up of the same 300 objects into their own namespaces: it loads and compiles the engine's code (as
 * in a long-running Jenkins controller), fills kubectl's discovery cache, and above all warms the fake
 * server in this JVM — with a small warm-up, whichever tool ran first paid for compiling the server's
 * request path while the second one found it compiled. kubectl runs with
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
        try (FakeKubernetes cluster = FakeKubernetes.builder().speed(50)
                .namespaces("warm-engine", "warm-kubectl", "bench-engine", "bench-kubectl").start()) {
            Path kubeconfig = Files.writeString(work.resolve("kubeconfig"), cluster.kubeconfig());
            ClusterAccess access = ClusterAccess.withToken(cluster.url(), null, false, cluster.token());

            engine(access, manifests, "warm-engine");
            kubectl(kubeconfig, manifests, "warm-kubectl");
            long engineNanos = engine(access, manifests, "bench-engine");
            long kubectlNanos = kubectl(kubeconfig, manifests, "bench-kubectl");

            assertThat(cluster.client().apps().deployments().inNamespace("bench-engine").list().getItems()).hasSize(PER_KIND);
            assertThat(cluster.client().apps().deployments().inNamespace("bench-kubectl").list().getItems()).hasSize(PER_KIND);
            report(engineNanos, kubectlNanos);
        }
    }

    private long engine(ClusterAccess access, Path manifests, String namespace) {
        long start = System.nanoTime();
        try (DeployEngine engine = DeployEngine.connect(access,
                line -> System.out.printf("%6d ms %s%n", (System.nanoTime() - start) / 1_000_000, line))) {
            DeployTarget target = new DeployTarget("bench", namespace, namespace, null, "bench");
            DeployRequest request = new DeployRequest(target, "bench", null, "1", null, Set.of(),
                    List.of(manifests.toString()), DeployOptions.defaults().withWaitForRollout(false).withApplyThreads(16));
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

    private static void report(long engineNanos, long kubectlNanos) throws IOException {
        String report = String.format("%d objects: skylark engine %.2f s, kubectl apply --server-side %.2f s, ratio %.1fx%n",
                PER_KIND * 3, engineNanos / 1e9, kubectlNanos / 1e9, (double) kubectlNanos / engineNanos);
        System.out.print(report);
        Files.writeString(Path.of("target", "benchmark-apply.txt"), report);
    }
}
