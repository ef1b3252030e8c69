package io.jenkins.plugins.skylark.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiEndpointTest {

    private final ApiEndpoint echo = request -> ApiResponse.ok(Map.of("name", request.jsonBody().get("name")));

    @Test
    void shouldAnswerAPostWithItsJson() {
        ApiResponse response = ApiEndpoint.answer(echo, ApiRequest.post("{\"name\":\"orders\"}", Locale.ENGLISH), true);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo("{\"name\":\"orders\"}");
    }

    @Test
    void shouldRefuseAGetWhereAPostIsRequired() {
        ApiResponse response = ApiEndpoint.answer(echo, ApiRequest.get(Map.of(), Locale.ENGLISH), true);

        assertThat(response.status()).isEqualTo(405);
    }

    @Test
    void shouldTurnABadBodyIntoA400NamingTheProblem() {
        ApiResponse response = ApiEndpoint.answer(echo, ApiRequest.post("[1,", Locale.ENGLISH), true);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()).contains("\"error\":\"the request body is not a JSON object");
    }
}
