package io.jenkins.plugins.skylark.harness.kubernetes.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The kinds the fake serves (built-in ones plus those of created CustomResourceDefinitions) and the discovery
 * documents ({@code /api}, {@code /apis}, {@code /api/v1}, {@code /apis/GROUP/VERSION}) describing them.
 */
public final class ApiResourceCatalog {

    private static final List<String> VERBS = List.of("create", "delete", "deletecollection", "get", "list", "patch",
            "update", "watch");
    private static final List<String> SUB_VERBS = List.of("get", "patch", "update");

    private final ObjectMapper json = new ObjectMapper();
    private final List<ResourceType> types = new CopyOnWriteArrayList<>(builtIns());

    private static List<ResourceType> builtIns() {
        return List.of(
                ResourceType.core("pods", "Pod", true, true, "po"),
                ResourceType.core("services", "Service", true, true, "svc"),
                ResourceType.core("configmaps", "ConfigMap", true, false, "cm"),
                ResourceType.core("secrets", "Secret", true, false),
                ResourceType.core("events", "Event", true, false, "ev"),
                ResourceType.core("endpoints", "Endpoints", true, false, "ep"),
                ResourceType.core("serviceaccounts", "ServiceAccount", true, false, "sa"),
                ResourceType.core("persistentvolumeclaims", "PersistentVolumeClaim", true, true, "pvc"),
                ResourceType.core("namespaces", "Namespace", false, true, "ns"),
                ResourceType.core("nodes", "Node", false, true, "no"),
                ResourceType.of("apps", "deployments", "Deployment", true, true, "deploy"),
                ResourceType.of("apps", "statefulsets", "StatefulSet", true, true, "sts"),
                ResourceType.of("apps", "daemonsets", "DaemonSet", true, false, "ds"),
                ResourceType.of("apps", "replicasets", "ReplicaSet", true, true, "rs"),
                ResourceType.of("apps", "controllerrevisions", "ControllerRevision", false, false),
                ResourceType.of("networking.k8s.io", "ingresses", "Ingress", true, false, "ing"),
                new ResourceType("networking.k8s.io", "v1", "ingressclasses", "IngressClass", false, List.of(),
                        false, false),
                ResourceType.of("coordination.k8s.io", "leases", "Lease", false, false),
                new ResourceType("apiextensions.k8s.io", "v1", "customresourcedefinitions",
                        "CustomResourceDefinition", false, List.of("crd", "crds"), true, false));
    }

    /** All served kinds. */
    public List<ResourceType> types() {
        return List.copyOf(types);
    }

    /** The kind served at {@code group/version/plural}, if any. */
    public Optional<ResourceType> find(String group, String version, String plural) {
        return types.stream()
                .filter(t -> t.group().equals(group) && t.version().equals(version) && t.plural().equals(plural))
                .findFirst();
    }

    /** The kind with this {@code apiVersion} and {@code kind}, if served. */
    public Optional<ResourceType> findKind(String apiVersion, String kind) {
        return types.stream().filter(t -> t.apiVersion().equals(apiVersion) && t.kind().equals(kind)).findFirst();
    }

    /** Serves the versions a CustomResourceDefinition declares (called when one is created or replaced). */
    public void addCustomResource(JsonNode crd) {
        removeCustomResource(crd);
        JsonNode spec = crd.path("spec");
        JsonNode names = spec.path("names");
        for (JsonNode v : spec.path("versions")) {
            if (!v.path("served").asBoolean(true)) {
                continue;
            }
            List<String> shortNames = new ArrayList<>();
            names.path("shortNames").forEach(n -> shortNames.add(n.asText()));
            types.add(new ResourceType(spec.path("group").asText(), v.path("name").asText(),
                    names.path("plural").asText(), names.path("kind").asText(),
                    !"Cluster".equals(spec.path("scope").asText()), shortNames,
                    v.path("subresources").has("status"), v.path("subresources").has("scale")));
        }
    }

    /** Stops serving a deleted CustomResourceDefinition's kinds. */
    public void removeCustomResource(JsonNode crd) {
        String group = crd.path("spec").path("group").asText();
        String plural = crd.path("spec").path("names").path("plural").asText();
        types.removeIf(t -> t.group().equals(group) && t.plural().equals(plural)
                && !t.group().isEmpty() && builtIns().stream().noneMatch(b -> b.equals(t)));
    }

    /** {@code GET /api}. */
    public ObjectNode coreVersions(String serverAddress) {
        ObjectNode root = json.createObjectNode().put("kind", "APIVersions");
        root.putArray("versions").add("v1");
        root.putArray("serverAddressByClientCIDRs").addObject()
                .put("clientCIDR", "0.0.0.0/0").put("serverAddress", serverAddress);
        return root;
    }

    /** {@code GET /apis}. */
    public ObjectNode groupList() {
        ObjectNode root = json.createObjectNode().put("kind", "APIGroupList").put("apiVersion", "v1");
        ArrayNode groups = root.putArray("groups");
        groupVersions().forEach((group, versions) -> groups.add(group(group, versions)));
        return root;
    }

    /** {@code GET /apis/GROUP}, empty when the group is not served. */
    public Optional<ObjectNode> group(String name) {
        Set<String> versions = groupVersions().get(name);
        return versions == null ? Optional.empty()
                : Optional.of(group(name, versions).put("kind", "APIGroup").put("apiVersion", "v1"));
    }

    /** {@code GET /api/v1} or {@code /apis/GROUP/VERSION}, empty when that group version is not served. */
    public Optional<ObjectNode> resourceList(String group, String version) {
        List<ResourceType> served = types.stream()
                .filter(t -> t.group().equals(group) && t.version().equals(version)).toList();
        if (served.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode root = json.createObjectNode().put("kind", "APIResourceList").put("apiVersion", "v1")
                .put("groupVersion", served.get(0).apiVersion());
        ArrayNode resources = root.putArray("resources");
        for (ResourceType t : served) {
            ObjectNode r = resources.addObject().put("name", t.plural()).put("singularName", t.singular())
                    .put("namespaced", t.namespaced()).put("kind", t.kind());
            VERBS.forEach(r.putArray("verbs")::add);
            if (!t.shortNames().isEmpty()) {
                t.shortNames().forEach(r.putArray("shortNames")::add);
            }
            if (t.status()) {
                subresource(resources, t, "status", t.kind(), null);
            }
            if (t.scale()) {
                subresource(resources, t, "scale", "Scale", "autoscaling");
            }
        }
        return Optional.of(root);
    }

    private void subresource(ArrayNode resources, ResourceType t, String sub, String kind, String group) {
        ObjectNode r = resources.addObject().put("name", t.plural() + "/" + sub).put("singularName", "")
                .put("namespaced", t.namespaced()).put("kind", kind);
        if (group != null) {
            r.put("group", group).put("version", "v1");
        }
        SUB_VERBS.forEach(r.putArray("verbs")::add);
    }

    private ObjectNode group(String name, Set<String> versions) {
        ObjectNode g = json.createObjectNode().put("name", name);
        ArrayNode list = g.putArray("versions");
        versions.forEach(v -> list.addObject().put("groupVersion", name + "/" + v).put("version", v));
        String preferred = versions.iterator().next();
        g.putObject("preferredVersion").put("groupVersion", name + "/" + preferred).put("version", preferred);
        return g;
    }

    private Map<String, Set<String>> groupVersions() {
        Map<String, Set<String>> result = new LinkedHashMap<>();
        types.stream().filter(t -> !t.group().isEmpty())
                .forEach(t -> result.computeIfAbsent(t.group(), g -> new LinkedHashSet<>()).add(t.version()));
        return result;
    }
}
