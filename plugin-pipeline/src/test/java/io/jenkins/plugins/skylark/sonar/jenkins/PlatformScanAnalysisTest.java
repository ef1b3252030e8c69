package io.jenkins.plugins.skylark.sonar.jenkins;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import hudson.AbortException;
import hudson.ExtensionList;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import io.jenkins.plugins.skylark.sonar.ScannerLibraryAnalyzer;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code platformScan} with the real SonarScanner library, through the agent channel: the simulated SonarQube
 * cannot serve a scanner engine (none is on Maven Central), so the analysis ends at the engine download, and
 * the step fails with that reason, the token in no log line.
 */
class PlatformScanAnalysisTest {
    @RegisterExtension
    @Order(1)
    final JenkinsExtension jenkins = new JenkinsExtension();

    @TempDir
    Path scannerHome;

    @RegisterExtension
    @Order(2)
    final ScanPlatform platform = new ScanPlatform(jenkins);

    @BeforeEach
    void platform() throws Exception {
        ExtensionList.lookupSingleton(PlatformScanStep.DescriptorImpl.class)
                .useAnalyzer(new ScannerLibraryAnalyzer(scannerHome.toString()));
    }

    @Test
    void shouldFailWithTheScannersReasonAndNeverLogTheToken() throws Exception {
        platform.sonar.server().stubFor(WireMock.get("/api/v2/analysis/version").willReturn(WireMock.ok("2025.1")));
        platform.sonar.server().stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/v2/analysis/jres"))
                .willReturn(WireMock.okJson("[]")));
        platform.sonar.server().stubFor(WireMock.get("/api/v2/analysis/engine").willReturn(WireMock.aResponse()
                .withStatus(404).withBody("{\"message\":\"Scanner engine not found\"}")));
        StepRunner build = jenkins.newBuild(jenkins.job("shop/orders-ci"));

        assertThatThrownBy(() -> ScanPlatform.inside(build, new PlatformScanStep()))
                .isInstanceOf(AbortException.class)
                .hasMessageStartingWith("The SonarScanner could not start against " + platform.sonar.url())
                .hasMessageContaining("scanner-engine metadata").hasMessageContaining("404")
                .hasMessageNotContaining(ScanPlatform.TOKEN);
        assertThat(build.log()).contains("Analysing shop_web with SonarQube " + platform.sonar.url())
                .doesNotContain(ScanPlatform.TOKEN);
        assertThat(platform.sonar.server().findAll(WireMock.getRequestedFor(WireMock.urlEqualTo(
                "/api/v2/analysis/engine")))).isNotEmpty()
                .allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + ScanPlatform.TOKEN));
    }
}
