package io.jenkins.plugins.skylark.harness.kubernetes.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A minimal OpenAPI v3 description ({@code /openapi/v3} and one document per group version): per kind, the
 * PATCH operation with the query parameters it accepts. That is what kubectl reads to learn that the server
 * validates fields and applies server-side; the fake publishes no schemas.
 */
final class OpenApi {

    private static final List<String> PATCH_PARAMETERS = List.of("dryRun", "fieldManager", "fieldValidation",
            "force", "pretty");

    private final ApiResourceCatalog catalog;

    OpenApi(ApiResourceCatalog catalog) {
        this.catalog = catalog;
    }

    /** {@code GET /openapi/v3}: the group versions and where their documents are. */
    ObjectNode index() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode paths = root.putObject("paths");
        for (String gv : groupVersionPaths()) {
            paths.putObject(gv).put("serverRelativeURL", "/openapi/v3/" + gv + "?hash=" + catalog.types().size());
        }
        return root;
    }

    /** {@code GET /openapi/v3/api/v1} or {@code /openapi/v3/apis/GROUP/VERSION}. */
    Optional<ObjectNode> document(String groupVersionPath) {
        List<ResourceType> types = catalog.types().stream().filter(t -> path(t).equals(groupVersionPath)).toList();
        if (types.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode doc = JsonNodeFactory.instance.objectNode().put("openapi", "3.0.0");
        doc.putObject("info").put("title", "Kubernetes").put("version", Discovery.GIT_VERSION);
        ObjectNode paths = doc.putObject("paths");
        for (ResourceType t : types) {
            String item = "/" + path(t) + (t.namespaced() ? "/namespaces/{namespace}/" : "/") + t.plural()
                    + "/{name}";
            ObjectNode patch = paths.putObject(item).putObject("patch");
            patch.put("operationId", "patch" + t.kind());
            patch.putObject("x-kubernetes-group-version-kind").put("group", t.group()).put("version", t.version())
                    .put("kind", t.kind());
            ArrayNode parameters = patch.putArray("parameters");
            PATCH_PARAMETERS.forEach(p -> parameters.addObject().put("name", p).put("in", "query")
                    .putObject("schema").put("type", "string"));
        }
        doc.putObject("components").putObject("schemas");
        return Optional.of(doc);
    }

    /**
     * {@code GET /openapi/v2}: an empty Swagger document. kubectl falls back to it for kinds the v3 documents do
     * not describe, so that it reports an unknown kind the way it does against a real server.
     */
    static ObjectNode swagger() {
        ObjectNode doc = JsonNodeFactory.instance.objectNode().put("swagger", "2.0");
        doc.putObject("info").put("title", "Kubernetes").put("version", Discovery.GIT_VERSION);
        doc.putObject("paths");
        doc.putObject("definitions");
        return doc;
    }

    /** The same empty document as the protobuf kubectl asks for (gnostic {@code openapi_v2.Document}). */
    static byte[] swaggerProtobuf() {
        java.io.ByteArrayOutputStream info = new java.io.ByteArrayOutputStream();
        field(info, 1, "Kubernetes");
        field(info, 2, Discovery.GIT_VERSION);
        java.io.ByteArrayOutputStream doc = new java.io.ByteArrayOutputStream();
        field(doc, 1, "2.0");
        field(doc, 2, info.toByteArray());
        return doc.toByteArray();
    }

    private static void field(java.io.ByteArrayOutputStream out, int number, String value) {
        field(out, number, value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A length-delimited protobuf field (all lengths here are below 128, so one length byte). */
    private static void field(java.io.ByteArrayOutputStream out, int number, byte[] value) {
        out.write(number << 3 | 2);
        out.write(value.length);
        out.writeBytes(value);
    }

    private Set<String> groupVersionPaths() {
        Set<String> result = new LinkedHashSet<>();
        catalog.types().forEach(t -> result.add(path(t)));
        return result;
    }

    private static String path(ResourceType t) {
        return t.group().isEmpty() ? "api/" + t.version() : "apis/" + t.group() + "/" + t.version();
    }
}
