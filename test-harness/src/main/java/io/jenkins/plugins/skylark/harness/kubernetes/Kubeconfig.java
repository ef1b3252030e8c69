package io.jenkins.plugins.skylark.harness.kubernetes;

/** Renders the kubeconfig for the fake cluster (one cluster, one token user, one context). */
final class Kubeconfig {

    static final String NAME = "skylark-fake";

    private Kubeconfig() {
    }

    static String render(String url, String token, String namespace) {
        return """
                apiVersion: v1
                kind: Config
                clusters:
                - name: %1$s
                  cluster:
                    server: %2$s
                contexts:
                - name: %1$s
                  context:
                    cluster: %1$s
                    user: %1$s-user
                    namespace: %4$s
                current-context: %1$s
                users:
                - name: %1$s-user
                  user:
                    token: %3$s
                preferences: {}
                """.formatted(NAME, url, token, namespace);
    }
}
