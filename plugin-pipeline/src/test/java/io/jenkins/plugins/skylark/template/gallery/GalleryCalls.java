package io.jenkins.plugins.skylark.template.gallery;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.skylark.web.ApiEndpoint;
import io.jenkins.plugins.skylark.web.ApiRequest;
import io.jenkins.plugins.skylark.web.ApiResponse;
import io.jenkins.plugins.skylark.web.Json;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/** Calls of the gallery's endpoints as the page makes them, answers read as JSON trees. */
final class GalleryCalls {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private GalleryCalls() {
    }

    /** An answer: its status and JSON body. */
    record Answer(int status, JsonNode json) {
    }

    static Answer get(ApiEndpoint endpoint, Map<String, String> params, Locale locale) {
        return read(ApiEndpoint.answer(endpoint, ApiRequest.get(params, locale), false));
    }

    static Answer post(ApiEndpoint endpoint, Object body, Locale locale) {
        return read(ApiEndpoint.answer(endpoint, ApiRequest.post(Json.write(body), locale), true));
    }

    private static Answer read(ApiResponse response) {
        try {
            return new Answer(response.status(), Json.MAPPER.readTree(response.json()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
