package io.jenkins.plugins.skylark.harness.kubernetes.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.zjsonpatch.JsonPatch;
import io.fabric8.zjsonpatch.JsonPatchException;
import java.io.IOException;

/** RFC 6902 JSON patch ({@code application/json-patch+json}), with the API server's error for a bad patch. */
final class JsonPatches {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonPatches() {
    }

    static JsonNode apply(String patch, JsonNode target) {
        JsonNode operations;
        try {
            operations = JSON.readTree(patch);
        } catch (IOException e) {
            throw ApiException.badRequest("error decoding patch: " + e.getMessage());
        }
        if (!operations.isArray()) {
            throw ApiException.badRequest("error decoding patch: a JSON patch is an array of operations");
        }
        try {
            return JsonPatch.apply(operations, target);
        } catch (JsonPatchException | IllegalArgumentException e) {
            throw ApiException.invalid("the server rejected our request due to an error in our request: "
                    + e.getMessage());
        }
    }
}
