package io.jenkins.plugins.skylark.harness.kubernetes.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.mockwebserver.http.MockResponse;
import java.net.URI;
import java.util.Optional;

/** Answers the non-resource paths: root, {@code /version}, health checks and API discovery. */
final class Discovery {

    /** The Kubernetes version the fake claims to be (server-side apply and field validation are GA there). */
    static final String GIT_VERSION = "v1.32.0-skylark-fake";

    private final ApiResourceCatalog catalog;
    private final OpenApi openApi;

    Discovery(ApiResourceCatalog catalog) {
        this.catalog = catalog;
        this.openApi = new OpenApi(catalog);
    }

    private static final String SWAGGER_PROTOBUF = "application/com.github.proto-openapi.spec.v2@v1.0+protobuf";

    MockResponse answer(String rawPath, String accept, String serverAddress) {
        String path = URI.create(rawPath).getRawPath();
        if (path.equals("/openapi/v2") && accept != null && accept.startsWith(SWAGGER_PROTOBUF)) {
            // the answer's media type spells the version with a dot: Go's MIME parser rejects the '@'
            return new MockResponse().setResponseCode(200)
                    .setHeader("Content-Type", "application/com.github.proto-openapi.spec.v2.v1.0+protobuf")
                    .setBody(OpenApi.swaggerProtobuf());
        }
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String[] s = path.substring(1).split("/");
        Optional<? extends JsonNode> body = switch (path) {
            case "/" -> Optional.of(root());
            case "/version" -> Optional.of(version());
            case "/healthz", "/livez", "/readyz" -> Optional.empty();
            case "/api" -> Optional.of(catalog.coreVersions(serverAddress));
            case "/apis" -> Optional.of(catalog.groupList());
            case "/api/v1" -> catalog.resourceList("", "v1");
            case "/openapi/v3" -> Optional.of(openApi.index());
            case "/openapi/v2" -> Optional.of(OpenApi.swagger());
            default -> path.startsWith("/openapi/v3/") ? openApi.document(path.substring("/openapi/v3/".length()))
                    : s.length == 2 && s[0].equals("apis") ? catalog.group(s[1])
                    : s.length == 3 && s[0].equals("apis") ? catalog.resourceList(s[1], s[2])
                    : Optional.<JsonNode>empty();
        };
        if (path.equals("/healthz") || path.equals("/livez") || path.equals("/readyz")) {
            return new MockResponse().setResponseCode(200).setBody("ok");
        }
        return body.map(b -> new MockResponse().setResponseCode(200).setBody(b.toString()))
                .orElseThrow(ApiException::noSuchResource);
    }

    private ObjectNode root() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        var paths = root.putArray("paths");
        paths.add("/api").add("/api/v1").add("/apis");
        catalog.types().stream().filter(t -> !t.group().isEmpty()).map(t -> "/apis/" + t.group()).distinct()
                .forEach(paths::add);
        paths.add("/healthz").add("/livez").add("/readyz").add("/version");
        return root;
    }

    private static ObjectNode version() {
        return JsonNodeFactory.instance.objectNode().put("major", "1").put("minor", "32")
                .put("gitVersion", GIT_VERSION).put("gitCommit", "0000000000000000000000000000000000000000")
                .put("gitTreeState", "clean").put("buildDate", "2025-01-01T00:00:00Z").put("goVersion", "go1.23")
                .put("compiler", "gc").put("platform", "linux/amd64");
    }
}
