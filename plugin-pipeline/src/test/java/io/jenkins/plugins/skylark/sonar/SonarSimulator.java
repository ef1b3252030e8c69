package io.jenkins.plugins.skylark.sonar;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A WireMock server answering SonarQube's Web API with the documented shapes (fixtures next to this class):
 * {@code api/ce/task} going PENDING → IN_PROGRESS → SUCCESS (a scenario), {@code api/qualitygates/project_status},
 * and the error shapes {@code {"errors":[{"msg":…}]}}.
 */
public final class SonarSimulator implements AutoCloseable {
    public static final String TASK = "AU-Tpxb--iU5OvuD2FLy";
    public static final String ANALYSIS = "AU-TpxcB-iU5OvuD2FL7";
    public static final String TASK_PATH = "/api/ce/task";
    public static final String GATE_PATH = "/api/qualitygates/project_status";

    private final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());

    public SonarSimulator() {
        server.start();
    }

    public String url() {
        return server.baseUrl();
    }

    public WireMockServer server() {
        return server;
    }

    /** The task is PENDING, then IN_PROGRESS, then SUCCESS on the third call and after. */
    public SonarSimulator taskProgresses() {
        String scenario = "ce task";
        taskAnswer(scenario, Scenario.STARTED, "in-progress", "ce-task-pending.json");
        taskAnswer(scenario, "in-progress", "done", "ce-task-in-progress.json");
        taskAnswer(scenario, "done", "done", "ce-task-success.json");
        return this;
    }

    public SonarSimulator task(String fixture) {
        return answer(TASK_PATH, 200, fixture);
    }

    public SonarSimulator gate(String fixture) {
        server.stubFor(WireMock.get(WireMock.urlPathEqualTo(GATE_PATH))
                .withQueryParam("analysisId", WireMock.equalTo(ANALYSIS))
                .willReturn(json(200, fixture(fixture))));
        return this;
    }

    /** {@code path} answers {@code status} with {@code fixture} (a file next to this class, or none). */
    public SonarSimulator answer(String path, int status, String fixture) {
        server.stubFor(WireMock.get(WireMock.urlPathEqualTo(path))
                .willReturn(json(status, fixture == null ? "" : fixture(fixture))));
        return this;
    }

    public List<LoggedRequest> requests(String path) {
        return server.findAll(WireMock.getRequestedFor(WireMock.urlPathEqualTo(path)));
    }

    /** A webhook body from {@code fixture} with this server's URL in it. */
    public String webhook(String fixture) {
        return fixture(fixture).replace("SERVER_URL", url());
    }

    public static String fixture(String name) {
        try (InputStream in = SonarSimulator.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void taskAnswer(String scenario, String state, String next, String fixture) {
        server.stubFor(WireMock.get(WireMock.urlPathEqualTo(TASK_PATH)).inScenario(scenario).whenScenarioStateIs(state)
                .withQueryParam("id", WireMock.equalTo(TASK))
                .willReturn(json(200, fixture(fixture))).willSetStateTo(next));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return WireMock.aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    @Override
    public void close() {
        server.stop();
    }
}
