package io.jenkins.plugins.skylark.deploy.cluster;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import io.jenkins.plugins.skylark.deploy.manifest.ModelSerialization;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Builds fabric8 clients from {@link ClusterAccess}, never reading ~/.kube, env or service-account files. */
public final class KubernetesClients {
    private KubernetesClients() {
    }

    public static KubernetesClient create(ClusterAccess access) {
        return create(access, ClusterRetry.DEFAULT, new ApiCallRecorder());
    }

    /** A client that retries as {@code retry} says and reports every call to {@code recorder}. */
    public static KubernetesClient create(ClusterAccess access, ClusterRetry retry, ApiCallRecorder recorder) {
        Config config = config(access);
        config.setRequestRetryBackoffLimit(retry.backoffLimit());
        config.setRequestRetryBackoffInterval((int) retry.interval().toMillis());
        return new KubernetesClientBuilder()
                .withConfig(config)
                .withHttpClientBuilderConsumer(builder -> builder.addOrReplaceInterceptor("skylark-calls", recorder))
                .withHttpClientFactory(new JdkHttpClientFactory())
                .withKubernetesSerialization(ModelSerialization.shared())
                .build();
    }

    static Config config(ClusterAccess access) {
        Config base = ClusterAccess.isBlank(access.kubeconfig()) ? Config.empty() : Config.fromKubeconfig(access.kubeconfig());
        ConfigBuilder builder = new ConfigBuilder(base);
        if (!ClusterAccess.isBlank(access.apiUrl())) {
            builder.withMasterUrl(access.apiUrl());
        }
        if (!ClusterAccess.isBlank(access.caPem())) {
            builder.withCaCertData(Base64.getEncoder().encodeToString(access.caPem().getBytes(StandardCharsets.UTF_8)));
        }
        if (!ClusterAccess.isBlank(access.token())) {
            builder.withOauthToken(access.token());
        }
        if (access.skipTlsVerify()) {
            builder.withTrustCerts(true).withDisableHostnameVerification(true);
        }
        Config config = builder.build();
        // Over plain HTTP the JDK client would ask to upgrade to HTTP/2 (h2c) and then send every request of the
        // parallel apply down that one connection, which a server handles on one thread. kubectl (Go) speaks
        // HTTP/1.1 there too. Over TLS, HTTP/2 is negotiated as usual.
        if (config.getMasterUrl() != null && config.getMasterUrl().startsWith("http://")) {
            config.setHttp2Disable(true);
        }
        return config;
    }
}
