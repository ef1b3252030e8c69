package io.jenkins.plugins.skylark.deploy.release.router;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Edits the user's route object in place: read, change only the release's entries, write back as a JSON merge
 * patch carrying the resourceVersion read (optimistic concurrency). Server-side apply cannot do it: {@code spec.rules} of an
 * HTTPRoute and {@code spec.http} of a VirtualService are atomic lists (CRD lists without
 * {@code x-kubernetes-list-type}), so applying our entries would claim, or conflict on, the user's whole list.
 * When someone else wrote the object in between, the server answers 409 and the edit is made again on the new
 * version, so their change is kept; after {@link #ATTEMPTS} conflicts in a row the edit fails naming the object.
 */
final class RouteEdits {
    static final int ATTEMPTS = 8;
    private static final int CONFLICT = 409;
    /** Plain Jackson: a merge patch needs its {@code null}s (they delete). */
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalizedBundle TEXT = LocalizedBundle.of(RouteEdits.class);

    private final KubernetesClient client;
    private final RouteSplit split;
    private final String kind;

    RouteEdits(KubernetesClient client, RouteSplit split) {
        this.client = client;
        this.split = split;
        this.kind = split.kind();
    }

    /** The live object; a clear error naming it when it is missing (or its kind is not served). */
    GenericKubernetesResource read(String namespace, String name) {
        GenericKubernetesResource live;
        try {
            live = resource(namespace, name).get();
        } catch (KubernetesClientException e) {
            if (e.getCode() != 404) {
                throw e;
            }
            live = null;
        }
        if (live == null && !served()) {
            throw new RoutingException(TEXT.format("route.notServed", describe(namespace, name), split.apiVersion(),
                    split.product()));
        }
        if (live == null) {
            throw new RoutingException(TEXT.format("route.missing", describe(namespace, name)));
        }
        return live;
    }

    /**
     * Applies {@code change} to a copy of the live object and writes it when it differs (so a repeated call
     * writes nothing); {@code change} may run several times, each time on the latest version.
     *
     * @return the object as stored after the edit
     */
    GenericKubernetesResource edit(String namespace, String name, String fieldManager,
            UnaryOperator<GenericKubernetesResource> change) {
        for (int attempt = 1;; attempt++) {
            GenericKubernetesResource live = read(namespace, name);
            GenericKubernetesResource edited = change.apply(client.getKubernetesSerialization().clone(live));
            if (edited.getAdditionalProperties().equals(live.getAdditionalProperties())
                    && edited.getMetadata().equals(live.getMetadata())) {
                return live;
            }
            try {
                PatchContext context = new PatchContext.Builder().withPatchType(PatchType.JSON_MERGE)
                        .withFieldManager(fieldManager).build();
                return client.resource(live).patch(context, JSON.writeValueAsString(mergePatch(live, edited)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            } catch (KubernetesClientException e) {
                if (e.getCode() != CONFLICT) {
                    throw e;
                }
                if (attempt >= ATTEMPTS) {
                    throw new RoutingException(TEXT.format("route.conflicts", describe(namespace, name), ATTEMPTS), e);
                }
            }
        }
    }

    /**
     * A JSON merge patch from {@code live} to {@code edited}: the changed annotations and top-level spec fields
     * (lists are replaced whole in a merge patch), with the resourceVersion read, which makes the API server
     * refuse it with 409 when the object changed since.
     */
    static Map<String, Object> mergePatch(GenericKubernetesResource live, GenericKubernetesResource edited) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("resourceVersion", live.getMetadata().getResourceVersion());
        Map<String, Object> annotations = changes(live.getMetadata().getAnnotations(),
                edited.getMetadata().getAnnotations());
        if (!annotations.isEmpty()) {
            metadata.put("annotations", annotations);
        }
        Map<String, Object> patch = new LinkedHashMap<>();
        patch.put("metadata", metadata);
        Map<String, Object> spec = changes(Maps.map(live.getAdditionalProperties().get("spec")),
                Maps.map(edited.getAdditionalProperties().get("spec")));
        if (!spec.isEmpty()) {
            patch.put("spec", spec);
        }
        return patch;
    }

    private static Map<String, Object> changes(Map<String, ?> before, Map<String, ?> after) {
        Map<String, ?> from = before == null ? Map.of() : before;
        Map<String, ?> to = after == null ? Map.of() : after;
        Map<String, Object> changes = new LinkedHashMap<>();
        to.forEach((key, value) -> {
            if (!Objects.equals(value, from.get(key))) {
                changes.put(key, value);
            }
        });
        from.keySet().stream().filter(key -> !to.containsKey(key)).forEach(key -> changes.put(key, null));
        return changes;
    }

    String describe(String namespace, String name) {
        return kind + " " + namespace + "/" + name;
    }

    /** Whether discovery lists the kind (a cluster without the CRDs does not). */
    private boolean served() {
        APIResourceList resources = client.getApiResources(split.apiVersion());
        return resources != null && resources.getResources().stream()
                .anyMatch(resource -> split.plural().equals(resource.getName()));
    }

    /** Addressed by group, version and plural: fabric8 could not find an unserved kind's metadata by itself. */
    private Resource<GenericKubernetesResource> resource(String namespace, String name) {
        String[] groupVersion = split.apiVersion().split("/", 2);
        ResourceDefinitionContext context = new ResourceDefinitionContext.Builder().withGroup(groupVersion[0])
                .withVersion(groupVersion[1]).withPlural(split.plural()).withKind(kind).withNamespaced(true).build();
        return client.genericKubernetesResources(context).inNamespace(namespace).withName(name);
    }
}
