package io.jenkins.plugins.skylark.harness.kubernetes.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** JSON in and out of the fake API server: request bodies, answers, and requests it sends to its own store. */
final class JsonBodies {
    static final String JSON_TYPE = "application/json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonBodies() {
    }

    /** A request to the CRUD dispatcher underneath, as if a client had sent {@code body}. */
    static RecordedRequest internal(HttpMethod method, String path, JsonNode body) {
        return new RecordedRequest("HTTP/1.1", method, path, Headers.builder().add("Content-Type", JSON_TYPE).build(),
                new Buffer(body.toString().getBytes(StandardCharsets.UTF_8)));
    }

    static String body(RecordedRequest request) {
        // Buffer.readUtf8() consumes the bytes; the body may be needed twice (JSON patch).
        return request.getBody() == null ? "" : new String(request.getBody().getBytes(), StandardCharsets.UTF_8);
    }

    static ObjectNode parseJson(String body) {
        try {
            JsonNode node = JSON.readTree(body == null || body.isBlank() ? "{}" : body);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (IOException e) {
            throw ApiException.badRequest("error decoding JSON: " + e.getMessage());
        }
        throw ApiException.badRequest("the body of the request is not a JSON object");
    }

    /** fabric8's list answer as a real server sends it: typed ({@code ConfigMapList}), without selfLink. */
    static MockResponse typedList(MockResponse response, ResourceType type) {
        if (response.code() != 200) {
            return response;
        }
        ObjectNode list = parseJson(response.getBody().readUtf8());
        list.put("apiVersion", type.apiVersion()).put("kind", type.kind() + "List");
        ((ObjectNode) list.with("metadata")).remove("selfLink");
        return ok(200, list);
    }

    static MockResponse ok(int code, JsonNode body) {
        return new MockResponse().setResponseCode(code).setBody(body.toString());
    }
}
