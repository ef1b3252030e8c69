package io.jenkins.plugins.skylark.platform.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.skylark.platform.ImageRegistry;
import io.jenkins.plugins.skylark.web.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Docker Registry HTTP API's version check, {@code GET /v2/}: with Basic authentication, or, when the
 * registry answers 401 with a {@code Bearer} challenge (Harbor, Docker Hub), with the token its realm gives
 * for the login.
 */
final class RegistryConnection {
    private static final Pattern PARAMETER = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private final HttpProbe http;
    private final Locale locale;

    RegistryConnection(HttpProbe http, Locale locale) {
        this.http = http;
        this.locale = locale;
    }

    ConnectionResult test(ImageRegistry registry, ConnectionTests.Login login) {
        String basic = login == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                (login.username() + ":" + login.password()).getBytes(StandardCharsets.UTF_8));
        URI ping = URI.create(registry.endpoint() + "/v2/");
        boolean skipTls = registry.insecure();
        try {
            HttpProbe.Answer answer = http.get(ping, basic, null, skipTls);
            String challenge = answer.header("WWW-Authenticate");
            if (answer.status() == 401 && basic != null && challenge != null && challenge.startsWith("Bearer ")) {
                String token = token(challenge, basic, skipTls);
                answer = token == null ? answer : http.get(ping, "Bearer " + token, null, skipTls);
            }
            return switch (answer.status()) {
                case 200 -> new ConnectionResult(true, PageMessages.get(locale, "registry.ok", registry.id()),
                        java.util.List.of(PageMessages.get(locale, "registry.api",
                                String.valueOf(answer.header("Docker-Distribution-API-Version")))));
                case 401 -> ConnectionResult.failed(PageMessages.get(locale,
                        login == null ? "registry.needsLogin" : "connection.unauthorized"));
                case 403 -> ConnectionResult.failed(PageMessages.get(locale, "connection.forbidden"));
                default -> ConnectionResult.failed(PageMessages.get(locale, "registry.notRegistry", answer.status()));
            };
        } catch (HttpProbe.Unreachable e) {
            return ConnectionResult.failed(e.getMessage());
        }
    }

    /** The token of the challenge's realm for {@code basic}; {@code null} when the realm refuses it. */
    private String token(String challenge, String basic, boolean skipTls) throws HttpProbe.Unreachable {
        Map<String, String> parameters = new LinkedHashMap<>();
        Matcher matcher = PARAMETER.matcher(challenge);
        while (matcher.find()) {
            parameters.put(matcher.group(1), matcher.group(2));
        }
        String realm = parameters.remove("realm");
        if (realm == null) {
            return null;
        }
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> query.append(query.length() == 0 ? "?" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpProbe.Answer answer = http.get(URI.create(realm + query), basic, null, skipTls);
        if (answer.status() != 200) {
            return null;
        }
        try {
            JsonNode body = Json.MAPPER.readTree(answer.body());
            String token = body.path("token").asText(body.path("access_token").asText(""));
            return token.isEmpty() ? null : token;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
