package io.jenkins.plugins.skylark.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One call of a JSON endpoint.
 *
 * @param method the HTTP method, upper case
 * @param params the query (and form) parameters, first value of each
 * @param body   the request body (JSON for POSTs), empty when there is none
 * @param locale the language the answer's texts are in (the user's or the browser's)
 */
public record ApiRequest(String method, Map<String, String> params, String body, Locale locale) {

    public ApiRequest {
        method = method == null ? "GET" : method.toUpperCase(Locale.ROOT);
        params = params == null ? Map.of() : Map.copyOf(params);
        body = body == null ? "" : body;
        locale = locale == null ? Locale.ENGLISH : locale;
    }

    public static ApiRequest get(Map<String, String> params, Locale locale) {
        return new ApiRequest("GET", params, "", locale);
    }

    public static ApiRequest post(String body, Locale locale) {
        return new ApiRequest("POST", Map.of(), body, locale);
    }

    public boolean isPost() {
        return "POST".equals(method);
    }

    public Optional<String> param(String name) {
        return Optional.ofNullable(params.get(name)).filter(value -> !value.isEmpty());
    }

    public String param(String name, String fallback) {
        return param(name).orElse(fallback);
    }

    /** The body as a JSON object; a body that is not one is a 400 naming the problem. */
    public Map<String, Object> jsonBody() {
        if (body.isBlank()) {
            throw new ApiException(400, "the request has no JSON body");
        }
        try {
            Map<String, Object> value = Json.MAPPER.readValue(body, new TypeReference<Map<String, Object>>() { });
            if (value == null) {
                throw new ApiException(400, "the request body must be a JSON object");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "the request body is not a JSON object: " + e.getOriginalMessage());
        }
    }
}
