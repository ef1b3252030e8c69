package io.jenkins.plugins.skylark.sonar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real SonarScanner Java library against a simulated SonarQube, as far as it goes without a scanner engine:
 * SonarQube serves the engine jar, which is not on Maven Central (only a 6.7 one is), so the simulator answers
 * the engine download with 404 and the tests check what the library asked for on the way (version, JRE, engine
 * metadata, download, each with the token as bearer) and how its failure reaches the step: a clear message,
 * the token in none of the lines.
 */
class ScannerLibraryAnalyzerTest {
    private static final String TOKEN = "squ_0123456789abcdef0123456789abcdef01234567";

    @TempDir
    Path workspace;
    @TempDir
    Path sonarHome;

    private final SonarSimulator sonar = new SonarSimulator();
    private final List<String> log = new ArrayList<>();

    @AfterEach
    void stop() {
        sonar.close();
    }

    private Map<String, String> properties() {
        return new ScanRequest(sonar.url(), "shop_orders", "orders", "1.4.0", null, null, null, null)
                .properties(path -> Files.exists(workspace.resolve(path)));
    }

    private ReportTask analyze() throws Exception {
        return new ScannerLibraryAnalyzer(sonarHome.toString()).analyze(properties(), TOKEN, workspace, log::add);
    }

    private void serverVersion(String version) {
        sonar.server().stubFor(WireMock.get("/api/v2/analysis/version").willReturn(WireMock.ok(version)));
    }

    @Test
    void shouldAskForTheVersionJreAndEngineWithTheTokenThenFailClearlyWithoutTheEngine() throws Exception {
        Files.createDirectories(workspace.resolve("src/main/java"));
        serverVersion("2025.1.0.102418");
        sonar.server().stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/v2/analysis/jres"))
                .willReturn(WireMock.okJson("[]")));
        sonar.server().stubFor(WireMock.get("/api/v2/analysis/engine").atPriority(5).willReturn(WireMock.okJson(
                "{\"filename\":\"sonarqube-scanner-engine-2025.1.0.102418.jar\",\"sha256\":\""
                        + "0".repeat(64) + "\"}")));
        sonar.server().stubFor(WireMock.get("/api/v2/analysis/engine").atPriority(1)
                .withHeader("Accept", WireMock.containing("octet-stream"))
                .willReturn(WireMock.aResponse().withStatus(404).withBody("{\"message\":\"engine not found\"}")));

        assertThatThrownBy(this::analyze).isInstanceOf(SonarException.class)
                .hasMessageStartingWith("The SonarScanner could not obtain or run the scanner engine from " + sonar.url())
                .hasMessageNotContaining(TOKEN);

        List<LoggedRequest> requests = sonar.server().findAll(WireMock.anyRequestedFor(WireMock.anyUrl()));
        assertThat(requests).extracting(r -> r.getUrl().replaceAll("\\?.*", "")).containsExactly(
                "/api/v2/analysis/version", "/api/v2/analysis/jres", "/api/v2/analysis/engine",
                "/api/v2/analysis/engine");
        assertThat(requests.get(1).queryParameter("os").firstValue()).isEqualTo("linux");
        assertThat(requests.get(3).getHeader("Accept")).contains("octet-stream");
        assertThat(requests).allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN));
        assertThat(String.join("\n", log)).doesNotContain(TOKEN);
    }

    @Test
    void shouldReportARefusedTokenWithTheScannersOwnAdvice() {
        sonar.server().stubFor(WireMock.get("/api/v2/analysis/version").willReturn(WireMock.unauthorized()));
        sonar.server().stubFor(WireMock.get("/api/server/version").willReturn(WireMock.unauthorized()));

        assertThatThrownBy(this::analyze).isInstanceOf(SonarException.class)
                .hasMessageStartingWith("The SonarScanner could not start against " + sonar.url())
                .hasMessageContaining("sonar.token").hasMessageNotContaining(TOKEN);
        assertThat(log).anySatisfy(line -> assertThat(line).startsWith("[sonar] ").contains("401"));
    }

    @Test
    void shouldTakeTheOlderServersPathToTheEngine() {
        sonar.server().stubFor(WireMock.get("/api/v2/analysis/version").willReturn(WireMock.notFound()));
        sonar.server().stubFor(WireMock.get("/api/server/version").willReturn(WireMock.ok("9.9.0.65466")));
        sonar.server().stubFor(WireMock.get("/batch/index").willReturn(WireMock.serviceUnavailable()));

        assertThatThrownBy(this::analyze).isInstanceOf(SonarException.class).hasMessageNotContaining(TOKEN);
        assertThat(sonar.server().findAll(WireMock.getRequestedFor(WireMock.urlPathEqualTo("/batch/index"))))
                .hasSize(1);
    }
}
