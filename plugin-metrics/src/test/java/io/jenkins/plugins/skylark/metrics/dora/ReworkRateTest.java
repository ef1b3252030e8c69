package io.jenkins.plugins.skylark.metrics.dora;

import static io.jenkins.plugins.skylark.metrics.dora.HistoryBuilder.OCTOBER_WEEKS;
import static io.jenkins.plugins.skylark.metrics.dora.HistoryBuilder.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Deployment rework rate: which deployments fix incidents, and when there is no data. */
class ReworkRateTest {

    private static final String APP = "shop";
    private static final String PROD = "production";

    private final List<Deployment> deployments = new ArrayList<>();
    private final List<Incident> incidents = new ArrayList<>();
    private final List<IncidentLinks> links = new ArrayList<>();

    @Test
    void shouldHaveNoDataWhenNoIncidentHasLinks() {
        deploy("d1", "10-05T10:00", "registry/shop:1.0@sha256:1", "SHOP-1");
        incident("INC-1", "10-04T10:00", "10-04T12:00", Set.of(), Set.of());

        Rework rework = report().total().rework();

        assertThat(rework.linked()).isFalse();
        assertThat(rework.rate()).isNull();
        assertThat(rework.deployments()).isEqualTo(1);
    }

    @Test
    void shouldCountADeploymentShippingAnIssueTheIncidentLinksOrTheIncidentItself() {
        deploy("d1", "10-05T10:00", "registry/shop:1.0@sha256:1", "SHOP-7");
        deploy("d2", "10-06T10:00", "registry/shop:1.1@sha256:2", "INC-1");
        deploy("d3", "10-07T10:00", "registry/shop:1.2@sha256:3", "SHOP-8");
        deploy("d4", "10-08T10:00", "registry/shop:1.3@sha256:4");
        incident("INC-1", "10-04T10:00", "10-06T12:00", Set.of("SHOP-7"), Set.of());

        Rework rework = report().total().rework();

        assertThat(rework.reworkDeployments()).isEqualTo(2);
        assertThat(rework.rate()).isEqualTo(0.5);
    }

    @Test
    void shouldCountBothDeploymentsThatShipAnIssueTheIncidentLinks() {
        deploy("d1", "10-05T10:00", "registry/shop:1.0@sha256:1", "SHOP-7");
        deploy("d2", "10-06T10:00", "registry/shop:1.1@sha256:2", "SHOP-7", "SHOP-9");
        incident("INC-1", "10-04T10:00", null, Set.of("SHOP-7"), Set.of());

        assertThat(report().total().rework().reworkDeployments()).isEqualTo(2);
    }

    @Test
    void shouldNotCountADeploymentMadeBeforeTheIncidentOpened() {
        deploy("d1", "10-03T10:00", "registry/shop:1.0@sha256:1", "SHOP-7");
        deploy("d2", "10-05T10:00", "registry/shop:1.1@sha256:2", "SHOP-8");
        incident("INC-1", "10-04T10:00", null, Set.of("SHOP-7"), Set.of());

        Rework rework = report().total().rework();

        assertThat(rework.reworkDeployments()).isZero();
        assertThat(rework.rate()).isEqualTo(0.0);
    }

    @Test
    void shouldCountADeploymentReleasingTheIncidentsFixVersionByImageTag() {
        deploy("d1", "10-05T10:00", "registry:5000/shop/orders:2.4.1@sha256:1");
        deploy("d2", "10-06T10:00", "registry:5000/shop/orders:2.5.0@sha256:2");
        incident("INC-1", "10-04T10:00", null, Set.of(), Set.of("2.4.1"));

        assertThat(report().total().rework().reworkDeployments()).isEqualTo(1);
    }

    @Test
    void shouldKeepDeploymentsAndIncidentsOutsideThePeriodOut() {
        deploy("d0", "09-20T10:00", "registry/shop:0.9@sha256:0", "SHOP-7");
        deploy("d1", "10-27T10:00", "registry/shop:1.0@sha256:1", "SHOP-7");
        incident("INC-1", "09-19T10:00", "09-21T10:00", Set.of("SHOP-7"), Set.of());

        Rework rework = report().total().rework();

        // The only linked incident was resolved before the period: no data, whatever was deployed.
        assertThat(rework.linked()).isFalse();
        assertThat(rework.rate()).isNull();
    }

    @Test
    void shouldUseAnIncidentOpenedBeforeThePeriodAndStillOpenInIt() {
        deploy("d1", "10-01T10:00", "registry/shop:1.0@sha256:1", "SHOP-7");
        deploy("d2", "10-02T10:00", "registry/shop:1.1@sha256:2");
        incident("INC-1", "09-25T10:00", "10-01T12:00", Set.of("SHOP-7"), Set.of());

        Rework rework = report().total().rework();

        assertThat(rework.rate()).isEqualTo(0.5);
        assertThat(report().series()).singleElement()
                .satisfies(s -> assertThat(s.figures().rework().reworkDeployments()).isEqualTo(1));
    }

    @Test
    void shouldMatchIncidentsOnlyWithinTheirSeries() {
        deploy("d1", "10-05T10:00", "registry/shop:1.0@sha256:1", "SHOP-7");
        deployments.add(new Deployment("s1", APP, "staging", at("10-05T11:00"), DeploymentOutcome.SUCCEEDED,
                "registry/shop:1.0@sha256:1", List.of(), List.of("SHOP-7")));
        incident("INC-1", "10-04T10:00", null, Set.of("SHOP-7"), Set.of());

        DoraReport all = new DoraEngine(PerformanceThresholds.dora2024()).compute(
                new DeliveryHistory(deployments, incidents, links, List.of()),
                new MetricsScope(MetricsScope.ALL, MetricsScope.ALL), OCTOBER_WEEKS);

        assertThat(all.total().rework()).isEqualTo(new Rework(2, 1, true));
    }

    @Test
    void shouldFindTheTagOfAnImageReference() {
        assertThat(Rework.imageTag("registry:5000/shop/orders:2.4.1@sha256:abc")).isEqualTo("2.4.1");
        assertThat(Rework.imageTag("registry:5000/shop/orders@sha256:abc")).isEmpty();
        assertThat(Rework.imageTag("orders:1")).isEqualTo("1");
    }

    private void deploy(String key, String time, String version, String... issueKeys) {
        deployments.add(new Deployment(key, APP, PROD, at(time), DeploymentOutcome.SUCCEEDED, version, List.of(),
                List.of(issueKeys)));
    }

    private void incident(String id, String opened, String resolved, Set<String> linked, Set<String> fixVersions) {
        incidents.add(new Incident(id, APP, PROD, at(opened), resolved == null ? null : at(resolved)));
        links.add(new IncidentLinks(id, APP, PROD, linked, fixVersions));
    }

    private DoraReport report() {
        return new DoraEngine(PerformanceThresholds.dora2024()).compute(
                new DeliveryHistory(deployments, incidents, links, List.of()), new MetricsScope(APP, PROD), OCTOBER_WEEKS);
    }
}
