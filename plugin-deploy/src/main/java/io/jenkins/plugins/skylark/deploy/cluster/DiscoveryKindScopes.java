package io.jenkins.plugins.skylark.deploy.cluster;

import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jenkins.plugins.skylark.deploy.manifest.KindScopes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Asks the API server's discovery whether a custom kind is namespaced; one request per group version. */
public final class DiscoveryKindScopes implements KindScopes {
    private final KubernetesClient client;
    private final Map<String, Optional<APIResourceList>> cache = new ConcurrentHashMap<>();

    public DiscoveryKindScopes(KubernetesClient client) {
        this.client = client;
    }

    @Override
    public Optional<Boolean> isNamespaced(String apiVersion, String kind) {
        return cache.computeIfAbsent(apiVersion, this::discover)
                .flatMap(list -> list.getResources().stream().filter(r -> kind.equals(r.getKind()))
                        .filter(r -> !r.getName().contains("/")).findFirst())
                .map(resource -> Boolean.TRUE.equals(resource.getNamespaced()));
    }

    private Optional<APIResourceList> discover(String apiVersion) {
        try {
            return Optional.ofNullable(client.getApiResources(apiVersion));
        } catch (KubernetesClientException e) {
            return Optional.empty();
        }
    }
}
