package io.jenkins.plugins.skylark.harness.kubernetes.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.mockwebserver.http.MockResponse;

/** A request the fake API server refuses, answered with a {@code Status} body as a real API server does. */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int code;
    private final String reason;
    private final transient ObjectNode details;

    ApiException(int code, String reason, String message) {
        this(code, reason, message, null);
    }

    ApiException(int code, String reason, String message, ObjectNode details) {
        super(message);
        this.code = code;
        this.reason = reason;
        this.details = details;
    }

    static ApiException notFound(String resource, String name) {
        ObjectNode details = JsonNodeFactory.instance.objectNode().put("name", name).put("kind", resource);
        return new ApiException(404, "NotFound", resource + " \"" + name + "\" not found", details);
    }

    static ApiException noSuchResource() {
        return new ApiException(404, "NotFound", "the server could not find the requested resource");
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, "BadRequest", message);
    }

    static ApiException invalid(String message) {
        return new ApiException(422, "Invalid", message);
    }

    int code() {
        return code;
    }

    MockResponse toResponse() {
        return new MockResponse().setResponseCode(code).setBody(status().toString());
    }

    ObjectNode status() {
        ObjectNode status = JsonNodeFactory.instance.objectNode().put("kind", "Status").put("apiVersion", "v1");
        status.putObject("metadata");
        status.put("status", "Failure").put("message", getMessage()).put("reason", reason).put("code", code);
        if (details != null) {
            status.set("details", details);
        }
        return status;
    }
}
