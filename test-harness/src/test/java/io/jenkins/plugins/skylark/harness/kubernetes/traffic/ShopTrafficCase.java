package io.jenkins.plugins.skylark.harness.kubernetes.traffic;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One {@link Shop} cluster per test class (each start costs seconds); test classes run one after another. */
abstract class ShopTrafficCase {

    static FakeKubernetes fake;
    static KubernetesClient client;

    @BeforeAll
    static void startShop() {
        fake = Shop.start();
        client = fake.client();
    }

    @AfterAll
    static void stopShop() {
        fake.close();
    }
}
