package io.jenkins.plugins.skylark.web;

import java.util.Map;

/** What an endpoint answers: an HTTP status and a JSON body. Errors are {@code {"error": message}}. */
public record ApiResponse(int status, String json) {

    public static final String CONTENT_TYPE = "application/json;charset=UTF-8";

    public static ApiResponse ok(Object value) {
        return new ApiResponse(200, Json.write(value));
    }

    public static ApiResponse error(int status, String message) {
        return new ApiResponse(status, Json.write(Map.of("error", message)));
    }
}
