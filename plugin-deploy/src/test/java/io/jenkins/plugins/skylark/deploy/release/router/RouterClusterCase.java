package io.jenkins.plugins.skylark.deploy.release.router;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetes;
import org.junit.jupiter.api.AfterAll;

/**
 * One cluster with the {@link RouterFixtures#NS} namespace per test class (each start costs seconds), started by
 * the class's {@code @BeforeAll} with the routers it needs; every test leaves the namespace empty.
 */
abstract class RouterClusterCase {
    static FakeKubernetes cluster;
    static KubernetesClient client;

    static void startCluster(FakeKubernetes.Builder routers) {
        cluster = routers.namespaces(RouterFixtures.NS).start();
        client = cluster.client();
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }
}
