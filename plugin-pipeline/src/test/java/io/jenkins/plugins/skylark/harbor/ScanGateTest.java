package io.jenkins.plugins.skylark.harbor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The gate counts severities at or above its threshold; unknown ones never count. */
class ScanGateTest {
    private static final ScanOverview FOUND = new ScanOverview(ScanStatus.SUCCESS,
            Map.of(Severity.CRITICAL, 1, Severity.HIGH, 3, Severity.MEDIUM, 4, Severity.UNKNOWN, 9), "Trivy");

    @Test
    void countsEverySeverityAtOrAboveTheThreshold() {
        assertThat(FOUND.countAtLeast(Severity.CRITICAL)).isEqualTo(1);
        assertThat(FOUND.countAtLeast(Severity.HIGH)).isEqualTo(4);
        assertThat(FOUND.countAtLeast(Severity.LOW)).isEqualTo(8);
    }

    @Test
    void passesUpToMaxCountAndFailsAbove() {
        assertThat(new ScanGate(Severity.HIGH, 4).passes(FOUND)).isTrue();
        assertThat(new ScanGate(Severity.HIGH, 3).passes(FOUND)).isFalse();
        assertThat(ScanGate.DEFAULT.passes(FOUND)).isFalse();
        assertThat(ScanGate.DEFAULT.passes(ScanOverview.NOT_SCANNED)).isTrue();
    }

    @Test
    void describesTheResultForLogAndMap() {
        ArtifactRef ref = new ArtifactRef("h", "shop", "orders", HarborClientTest.DIGEST);
        ScanResult result = new ScanResult(ref, FOUND, new ScanGate(Severity.HIGH, 0));

        assertThat(result.summary()).isEqualTo("Scan of shop/orders@" + ref.digest()
                + ": critical: 1, high: 3, medium: 4, low: 0, unknown: 9 — FAILED (4 found, at most 0 vulnerabilities"
                + " of severity high or above)");
        assertThat(result.toMap()).containsEntry("status", "FAILED").containsEntry("passed", false)
                .containsEntry("digest", ref.digest());
        assertThat(result.eventAttributes()).containsEntry("critical", "1").containsEntry("scanner", "Trivy");
    }

    @Test
    void refusesBadInputNamingTheField() {
        assertThatThrownBy(() -> Severity.parse("severe")).hasMessage(
                "severity: 'severe' is not one of critical, high, medium, low");
        assertThatThrownBy(() -> new ScanGate(Severity.LOW, -1)).hasMessage("maxCount: -1 must be 0 or more");
        assertThatThrownBy(() -> ArtifactRef.parse("image", "harbor.example.com/shop/orders:1")).hasMessageStartingWith(
                "image: 'harbor.example.com/shop/orders:1' is not an image reference with a digest");
        assertThatThrownBy(() -> RetentionTag.of("1.4-rc1", 7)).hasMessageStartingWith("version: '1.4-rc1'");
    }

    @Test
    void readsReferencesAndBuildsRetentionTags() {
        ArtifactRef ref = ArtifactRef.parse("image", "harbor.example.com:8443/shop/team/orders:1@" + HarborClientTest.DIGEST);

        assertThat(ref).isEqualTo(new ArtifactRef("harbor.example.com:8443", "shop", "team/orders",
                HarborClientTest.DIGEST));
        assertThat(RetentionTag.of("1.4.0", 57)).isEqualTo("1.4.0-57");
    }
}
