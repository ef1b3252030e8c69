package io.jenkins.plugins.skylark.jira;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A WireMock server standing in for a JIRA site, answering with the shapes of Atlassian's REST reference
 * (the JSON files next to this class). Tests stub what they need; the credentials below are what the
 * simulated site accepts, and what no message may contain.
 */
public final class JiraSimulator implements AutoCloseable {
    public static final String EMAIL = "ci@acme.example";
    public static final String API_TOKEN = "ATATT3xFfGF0-cloud-token-s3cr3t";
    public static final String PAT = "NjM4OTk1ODQ1MzI3-dc-pat-s3cr3t";

    static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer server;

    public JiraSimulator() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
    }

    public WireMockServer server() {
        return server;
    }

    public String url() {
        return server.baseUrl();
    }

    /** A 2xx JSON answer with the body of fixture {@code name} (a file next to this class). */
    public static ResponseDefinitionBuilder json(int status, String fixtureOrJson) {
        String body = fixtureOrJson.endsWith(".json") ? fixture(fixtureOrJson) : fixtureOrJson;
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json;charset=UTF-8")
                .withBody(body);
    }

    public static String fixture(String name) {
        try (InputStream in = JiraSimulator.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
