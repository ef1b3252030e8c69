package io.jenkins.plugins.skylark.deploy.expose;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The routes of a namespace as the cluster has them: its Ingresses and, where the cluster serves the
 * Gateway API, its HTTPRoutes. A cluster without the Gateway API simply has no HTTPRoutes.
 */
final class LiveRoutes {
    private static final int NOT_FOUND = 404;

    private final KubernetesClient client;
    private final String namespace;

    LiveRoutes(KubernetesClient client, String namespace) {
        this.client = client;
        this.namespace = namespace;
    }

    List<HasMetadata> all() {
        List<HasMetadata> routes = new ArrayList<>(client.network().v1().ingresses().inNamespace(namespace).list().getItems());
        if (servesGatewayApi()) {
            routes.addAll(httpRoutes().inNamespace(namespace).list().getItems());
        }
        return routes;
    }

    /** Whether the cluster serves HTTPRoute {@code gateway.networking.k8s.io/v1} (its CRD is installed). */
    boolean servesGatewayApi() {
        return client.getApiResources(ExposeObjects.GATEWAY_API_VERSION) != null
                && client.getApiResources(ExposeObjects.GATEWAY_API_VERSION).getResources().stream()
                        .anyMatch(resource -> ExposeObjects.HTTP_ROUTE.equals(resource.getKind()));
    }

    MixedOperation<GenericKubernetesResource, GenericKubernetesResourceList, Resource<GenericKubernetesResource>> httpRoutes() {
        return client.genericKubernetesResources(ExposeObjects.GATEWAY_API_VERSION, ExposeObjects.HTTP_ROUTE);
    }

    /** A Gateway's first address, if the Gateway is there and has one (else the URL's host is all a user gets). */
    Optional<String> gatewayAddress(Router router) {
        String gatewayNamespace = router.gatewayNamespace() == null ? namespace : router.gatewayNamespace();
        try {
            GenericKubernetesResource gateway = client.genericKubernetesResources(ExposeObjects.GATEWAY_API_VERSION,
                    "Gateway").inNamespace(gatewayNamespace).withName(router.gatewayName()).get();
            Object value = gateway == null ? null : Json.list(Json.map(gateway.getAdditionalProperties().get("status"))
                    .get("addresses")).stream().map(Json::map).map(address -> address.get("value")).findFirst().orElse(null);
            return Optional.ofNullable(value).map(Object::toString);
        } catch (KubernetesClientException e) {
            if (e.getCode() == NOT_FOUND || e.getCode() == 403) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
