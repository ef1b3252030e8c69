package io.jenkins.plugins.skylark.platform.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetes;
import org.junit.jupiter.api.Test;

class KubeconfigTokenTest {

    @Test
    void shouldReadTheCurrentContextsUsersToken() {
        try (FakeKubernetes kubernetes = FakeKubernetes.start()) {
            assertThat(KubeconfigToken.of(kubernetes.kubeconfig())).contains(kubernetes.token());
        }
    }

    @Test
    void shouldFindNoTokenForAClientCertificateUserOrAnotherDocument() {
        String certificates = """
                current-context: admin
                contexts:
                - name: admin
                  context: {cluster: c, user: admin}
                users:
                - name: admin
                  user: {client-certificate-data: AAAA, client-key-data: BBBB}
                - name: other
                  user: {token: not-the-current-one}
                """;

        assertThat(KubeconfigToken.of(certificates)).isEmpty();
        assertThat(KubeconfigToken.of("- just a list")).isEmpty();
    }
}
