package io.jenkins.plugins.skylark.deploy.release.analysis;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.jenkins.plugins.skylark.deploy.release.analysis.PrometheusException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a simulated Prometheus HTTP API answering with the documented shapes (files in prometheus/). */
class PrometheusClientTest {

    private static final String QUERY = "/api/v1/query";
    private final List<Duration> backoffs = new ArrayList<>();
    private final List<String> log = new ArrayList<>();
    private WireMockServer prometheus;

    @BeforeEach
    void start() {
        prometheus = new WireMockServer(wireMockConfig().dynamicPort());
        prometheus.start();
    }

    @AfterEach
    void stop() {
        prometheus.stop();
    }

    @Test
    void shouldPostTheQueryAndReadAVector() throws Exception {
        answer(200, "vector.json");

        QueryResult result = client(PrometheusAuth.none()).query("sum(rate(x[1m])) / 2", log::add);

        assertThat(result.samples()).singleElement().satisfies(sample -> {
            assertThat(sample.value()).isEqualTo(0.9952);
            assertThat(sample.labels()).containsEntry("ingress", "orders");
        });
        prometheus.verify(postRequestedFor(urlEqualTo(QUERY))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("query=sum%28rate%28x%5B1m%5D%29%29+%2F+2")));
    }

    @Test
    void shouldReadScalarsEmptyVectorsNaNAndInfinity() throws Exception {
        answer(200, "scalar.json");
        assertThat(client(PrometheusAuth.none()).query("42", log::add).samples()).singleElement()
                .satisfies(sample -> assertThat(sample.value()).isEqualTo(42));
        answer(200, "vector-empty.json");
        assertThat(client(PrometheusAuth.none()).query("absent", log::add).samples()).isEmpty();
        answer(200, "vector-nan.json");
        assertThat(client(PrometheusAuth.none()).query("nan", log::add).samples()).extracting(QueryResult.Sample::value)
                .containsExactly(Double.NaN, Double.POSITIVE_INFINITY);
    }

    @Test
    void shouldFailABadQueryAtOnceWithPrometheusMessage() {
        answer(400, "bad_data.json");

        assertThatThrownBy(() -> client(PrometheusAuth.none()).query("sum(", log::add))
                .isInstanceOfSatisfying(PrometheusException.class, e -> assertThat(e.kind()).isEqualTo(Kind.BAD_QUERY))
                .hasMessage("Prometheus at " + prometheus.baseUrl() + " answered bad_data: invalid parameter \"query\":"
                        + " 1:5: parse error: unclosed left parenthesis (query: sum()");
        prometheus.verify(1, postRequestedFor(urlEqualTo(QUERY)));
        assertThat(backoffs).isEmpty();
    }

    @Test
    void shouldNotRetryAnExecutionError() {
        answer(422, "execution.json");

        assertThatThrownBy(() -> client(PrometheusAuth.none()).query("a / on(pod) b", log::add))
                .isInstanceOfSatisfying(PrometheusException.class, e -> assertThat(e.kind()).isEqualTo(Kind.EXECUTION))
                .hasMessageContaining("execution: found duplicate series");
        prometheus.verify(1, postRequestedFor(urlEqualTo(QUERY)));
    }

    @Test
    void shouldRetryATimeoutWithGrowingBackoffThenSucceed() throws Exception {
        prometheus.stubFor(post(QUERY).inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody(file("timeout.json"))).willSetStateTo("still slow"));
        prometheus.stubFor(post(QUERY).inScenario("slow").whenScenarioStateIs("still slow")
                .willReturn(aResponse().withStatus(503).withBody(file("unavailable.html"))).willSetStateTo("ok"));
        prometheus.stubFor(post(QUERY).inScenario("slow").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200).withBody(file("vector.json"))));

        QueryResult result = client(PrometheusAuth.none()).query("up", log::add);

        assertThat(result.samples()).hasSize(1);
        assertThat(backoffs).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(log).hasSize(2).first().asString()
                .startsWith("Prometheus at " + prometheus.baseUrl() + " answered timeout: query timed out")
                .endsWith("trying again in 1 s (attempt 2 of 3).");
    }

    @Test
    void shouldGiveUpAfterTheLastAttempt() {
        answer(503, "unavailable.html");

        assertThatThrownBy(() -> client(PrometheusAuth.none()).query("up", log::add))
                .isInstanceOfSatisfying(PrometheusException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE))
                .hasMessageContaining("answered HTTP 503 with something that is not a Prometheus API answer: <html>");
        prometheus.verify(3, postRequestedFor(urlEqualTo(QUERY)));
    }

    @Test
    void shouldRetryWhenPrometheusCannotBeReached() {
        PrometheusClient unreachable = PrometheusClient.create("http://127.0.0.1:1", PrometheusAuth.none())
                .withRetry(RetryPolicy.DEFAULT, backoffs::add);

        assertThatThrownBy(() -> unreachable.query("up", log::add))
                .isInstanceOfSatisfying(PrometheusException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CONNECTION))
                .hasMessageStartingWith("Cannot reach Prometheus at http://127.0.0.1:1: ");
        assertThat(backoffs).hasSize(2);
    }

    @Test
    void shouldSendTheCredentialOnlyInTheAuthorizationHeader() throws Exception {
        answer(200, "vector.json");

        client(PrometheusAuth.bearer("t0ken")).query("up", log::add);
        client(PrometheusAuth.basic("reader", "s3cret")).query("up", log::add);

        prometheus.verify(postRequestedFor(urlEqualTo(QUERY)).withHeader("Authorization", equalTo("Bearer t0ken")));
        prometheus.verify(postRequestedFor(urlEqualTo(QUERY))
                .withHeader("Authorization", equalTo("Basic cmVhZGVyOnMzY3JldA==")));
        assertThat(PrometheusAuth.bearer("t0ken")).hasToString("bearer token");
        assertThat(PrometheusAuth.basic("reader", "s3cret").toString()).doesNotContain("s3cret");
    }

    @Test
    void shouldSayTheCredentialWasRefusedWithoutRetrying() {
        prometheus.stubFor(post(QUERY).willReturn(aResponse().withStatus(401).withBody("Unauthorized")));

        assertThatThrownBy(() -> client(PrometheusAuth.bearer("expired")).query("up", log::add))
                .isInstanceOfSatisfying(PrometheusException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED))
                .hasMessage("Prometheus at " + prometheus.baseUrl() + " refused the credential (HTTP 401):"
                        + " check the credential configured for it.")
                .hasMessageNotContaining("expired");
        prometheus.verify(1, postRequestedFor(urlEqualTo(QUERY)));
    }

    @Test
    void shouldRefuseARangeVectorResult() {
        answer(200, "matrix.json");

        assertThatThrownBy(() -> client(PrometheusAuth.none()).query("up[1m]", log::add))
                .isInstanceOfSatisfying(PrometheusException.class, e -> assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE))
                .hasMessageContaining("returned a matrix result; an analysis query must return an instant vector or a scalar");
    }

    @Test
    void shouldQueryUnderAPathPrefix() throws Exception {
        prometheus.stubFor(post("/prometheus" + QUERY).willReturn(aResponse().withStatus(200).withBody(file("scalar.json"))));

        PrometheusClient client = PrometheusClient.create(prometheus.baseUrl() + "/prometheus/", PrometheusAuth.none());

        assertThat(client.url()).isEqualTo(prometheus.baseUrl() + "/prometheus");
        assertThat(client.query("42", log::add).samples()).hasSize(1);
    }

    @Test
    void shouldRefuseUrlsThatAreNotHttpOrCarryAPassword() {
        assertThatThrownBy(() -> PrometheusClient.create("prometheus:9090", PrometheusAuth.none()))
                .hasMessage("The Prometheus URL must be an http:// or https:// URL with a host, was 'prometheus:9090'.");
        assertThatThrownBy(() -> PrometheusClient.create("https://admin:hunter2@prom.example.com", PrometheusAuth.none()))
                .hasMessageContaining("https://prom.example.com must not carry a user or password")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> PrometheusClient.create("ftp://admin:hunter2@prom.example.com", PrometheusAuth.none()))
                .hasMessageNotContaining("hunter2");
    }

    private PrometheusClient client(PrometheusAuth auth) {
        return PrometheusClient.create(prometheus.baseUrl(), auth).withRetry(RetryPolicy.DEFAULT, backoffs::add);
    }

    private void answer(int status, String file) {
        prometheus.stubFor(post(QUERY).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", file.endsWith(".json") ? "application/json" : "text/html")
                .withBody(file(file))));
    }

    private static String file(String name) {
        try (InputStream in = PrometheusClientTest.class.getResourceAsStream("prometheus/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("test fixture prometheus/" + name, e);
        }
    }

}
