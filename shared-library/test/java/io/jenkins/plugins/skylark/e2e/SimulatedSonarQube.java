package io.jenkins.plugins.skylark.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The demo's SonarQube: WireMock on 127.0.0.1 answering, for requests bearing its random token, in the shapes of
 * SonarQube's Web API: the upload of an analysis report ({@code POST api/ce/submit}, what the scanner engine does
 * last; see {@link SimulatedScanner}), its Compute Engine task ({@code api/ce/task}, already {@code SUCCESS}) and
 * the quality gate of its analysis ({@code api/qualitygates/project_status}, {@code OK} with two conditions), the
 * two {@code platformScan} polls. A request without the token gets SonarQube's 401 error shape.
 */
final class SimulatedSonarQube implements AutoCloseable {
    /** The key platformScan gives the project: {@code <project>_<application>} (no key in the model). */
    static final String PROJECT_KEY = DemoPlatform.PROJECT + "_" + DemoPlatform.APPLICATION;
    /** The Compute Engine task every upload gets. */
    static final String TASK = "AZ-demo-ce-task-1";
    /** The analysis the task produced. */
    static final String ANALYSIS = "AZ-demo-analysis-1";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WireMockServer server;
    private final String token;

    private SimulatedSonarQube(WireMockServer server, String token) {
        this.server = server;
        this.token = token;
    }

    static SimulatedSonarQube start() {
        WireMockServer server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
        byte[] random = new byte[20];
        RANDOM.nextBytes(random);
        String token = "squ_" + HexFormat.of().formatHex(random);
        SimulatedSonarQube sonar = new SimulatedSonarQube(server, token);
        sonar.stub();
        server.start();
        return sonar;
    }

    private void stub() {
        // SonarQube takes a token as a bearer or as the user name of basic authentication
        StringValuePattern authorized = WireMock.equalTo("Bearer " + token).or(WireMock.equalTo("Basic "
                + Base64.getEncoder().encodeToString((token + ":").getBytes(StandardCharsets.UTF_8))));
        // any request without the token: SonarQube's error shape
        server.stubFor(WireMock.any(WireMock.anyUrl()).atPriority(10).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":[{\"msg\":\"Authentication is required\"}]}")));
        server.stubFor(post(urlPathEqualTo("/api/ce/submit")).atPriority(1)
                .withHeader("Authorization", authorized)
                .willReturn(okJson("{\"taskId\": \"" + TASK + "\", \"projectId\": \"AZ-demo-project\"}")));
        server.stubFor(get(urlPathEqualTo("/api/ce/task")).atPriority(1)
                .withHeader("Authorization", authorized)
                .withQueryParam("id", WireMock.equalTo(TASK))
                .willReturn(okJson("""
                        {"task": {"id": "%s", "type": "REPORT", "componentKey": "%s",
                          "status": "SUCCESS", "analysisId": "%s", "submittedAt": "2026-01-01T10:00:00+0000",
                          "executedAt": "2026-01-01T10:00:02+0000", "executionTimeMs": 1800}}
                        """.formatted(TASK, PROJECT_KEY, ANALYSIS))));
        server.stubFor(get(urlPathEqualTo("/api/qualitygates/project_status")).atPriority(1)
                .withHeader("Authorization", authorized)
                .withQueryParam("analysisId", WireMock.equalTo(ANALYSIS))
                .willReturn(okJson("""
                        {"projectStatus": {"status": "OK", "ignoredConditions": false, "conditions": [
                          {"status": "OK", "metricKey": "new_coverage", "comparator": "LT", "errorThreshold": "80",
                           "actualValue": "86.4"},
                          {"status": "OK", "metricKey": "new_violations", "comparator": "GT", "errorThreshold": "0",
                           "actualValue": "0"}]}}
                        """)));
    }

    String url() {
        return server.baseUrl();
    }

    /** The analysis token, given to Jenkins as a secret-text credential only. */
    String token() {
        return token;
    }

    /** Every request the simulator received, oldest first: method, URL and the status it got. */
    List<String> requests() {
        List<String> requests = new java.util.ArrayList<>(server.getAllServeEvents().stream()
                .map(event -> event.getRequest().getMethod() + " " + event.getRequest().getUrl() + " -> "
                        + event.getResponse().getStatus()).toList());
        java.util.Collections.reverse(requests); // WireMock lists the newest first
        return requests;
    }

    @Override
    public void close() {
        server.stop();
    }
}
