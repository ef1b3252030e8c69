package io.jenkins.plugins.skylark.harness.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.api.model.coordination.v1.LeaseBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** {@code coordination.k8s.io/v1} Leases, as locks use them: discovery, create conflicts, stale writes refused. */
class LeaseResourcesTest {

    @Test
    void shouldServeLeasesWithCreateConflictsAndOptimisticConcurrency() {
        try (FakeKubernetes fake = FakeKubernetes.builder().namespaces("locks").controllers(false).start()) {
            KubernetesClient client = fake.client();
            ZonedDateTime now = ZonedDateTime.of(2026, 12, 3, 12, 0, 0, 123_456_000, ZoneOffset.UTC);
            Lease created = client.resources(Lease.class).inNamespace("locks").resource(lease("build-1", now)).create();

            assertThat(client.getApiResources("coordination.k8s.io/v1").getResources()).extracting(APIResource::getName)
                    .contains("leases");
            Lease read = client.resources(Lease.class).inNamespace("locks").withName("release").get();
            assertThat(read.getSpec().getHolderIdentity()).isEqualTo("build-1");
            assertThat(read.getSpec().getAcquireTime().toInstant()).isEqualTo(now.toInstant());
            assertThatThrownBy(() -> client.resources(Lease.class).inNamespace("locks")
                    .resource(lease("build-2", now)).create())
                    .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(409));

            Lease taken = new LeaseBuilder(created).editSpec().withHolderIdentity("build-2").endSpec().build();
            client.resources(Lease.class).inNamespace("locks").resource(taken).update();
            Lease stale = new LeaseBuilder(created).editSpec().withHolderIdentity("build-3").endSpec().build();
            assertThatThrownBy(() -> client.resources(Lease.class).inNamespace("locks").resource(stale).update())
                    .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(409));
            assertThat(client.resources(Lease.class).inNamespace("locks").withName("release").get().getSpec()
                    .getHolderIdentity()).isEqualTo("build-2");
        }
    }

    private static Lease lease(String holder, ZonedDateTime at) {
        return new LeaseBuilder().withNewMetadata().withName("release").endMetadata()
                .withNewSpec().withHolderIdentity(holder).withAcquireTime(at).withRenewTime(at).endSpec().build();
    }
}
