package io.jenkins.plugins.skylark.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.deploy.release.analysis.AnalysisTemplate;
import io.jenkins.plugins.skylark.deploy.release.analysis.AnalysisTemplates;
import io.jenkins.plugins.skylark.platform.Environment;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.PlatformValidator;
import io.jenkins.plugins.skylark.platform.TrafficRouter;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The demo's platform is one an administrator could save, and its fast analysis is one plugin-deploy runs. */
class DemoPlatformTest {
    private static final String PROMETHEUS = "http://127.0.0.1:9090";

    @Test
    void shouldPointDevsReleasesAtPrometheusThroughTheNginxRouter() {
        PlatformModel model = DemoPlatform.withGrayReleases("https://127.0.0.1:6443", null, PROMETHEUS).toModel(Locale.ROOT);

        assertThat(PlatformValidator.validate(model, Locale.ROOT)).isEmpty();
        Environment dev = model.environment(DemoPlatform.PROJECT, "dev").orElseThrow();
        assertThat(dev.trafficRouter()).isEqualTo(TrafficRouter.NGINX);
        assertThat(dev.release().prometheusUrl()).isEqualTo(PROMETHEUS);
        assertThat(dev.release().scaleDownDelay()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void shouldReplaceTheBuiltInSuccessRateWithAFastOnePluginDeployAccepts() {
        PlatformModel model = DemoPlatform.withGrayReleases("https://127.0.0.1:6443", null, PROMETHEUS).toModel(Locale.ROOT);

        AnalysisTemplate successRate = AnalysisTemplates.from(
                model.analysis(DemoPlatform.PROJECT, "success-rate").orElseThrow().definition());

        assertThat(successRate.intervalDuration()).isEqualTo(Duration.ofSeconds(4));
        assertThat(successRate.query()).contains("canary!=\"\"", "ingress=\"{{ingress}}\"");
    }

    @Test
    void shouldLeaveAnalysesOutWithoutPrometheus() {
        PlatformModel model = DemoPlatform.withGrayReleases("https://127.0.0.1:6443", null, null).toModel(Locale.ROOT);

        assertThat(model.analyses(DemoPlatform.PROJECT)).isEmpty();
        assertThat(model.environment(DemoPlatform.PROJECT, "staging").orElseThrow().trafficRouter())
                .isEqualTo(TrafficRouter.NGINX);
        assertThat(model.environment(DemoPlatform.PROJECT, "dev").orElseThrow().release().prometheusUrl()).isNull();
    }

    @Test
    void shouldGiveTheShopProjectTheSimulatedSonarQube() {
        PlatformModel model = DemoPlatform.withSonarQube(DemoPlatform.withGrayReleases("https://127.0.0.1:6443", null,
                null), "http://127.0.0.1:9000").toModel(Locale.ROOT);

        assertThat(PlatformValidator.validate(model, Locale.ROOT)).isEmpty();
        assertThat(model.project(DemoPlatform.PROJECT).orElseThrow().servers().sonarServerId())
                .isEqualTo(DemoPlatform.SONAR_SERVER);
        assertThat(model.sonarServer(DemoPlatform.SONAR_SERVER).orElseThrow().credentialsId())
                .isEqualTo(DemoPlatform.SONAR_TOKEN_ID);
    }
}
