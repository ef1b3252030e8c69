package io.jenkins.plugins.skylark.harness.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PluginVersionsTest {

    @ParameterizedTest(name = "{0}: {1} vs {2}")
    @CsvSource({
        "same release,            706.v518c5dcb_24c0,     706.v518c5dcb_24c0,     0",
        "older build number,      700.v1234,              706.v518c5dcb_24c0,     -1",
        "newer build number,      707.vabc,               706.v518c5dcb_24c0,     1",
        "hash never orders,       706.vffff,              706.v0000,              0",
        "dotted releases,         2.2265.v140e610fe9d5,   2.2264.vaaaa,           1",
        "upstream version first,  2.19.0-400.vaaa,        2.20.0-411.v6ef8fdee4fe9, -1",
        "longer is newer,         6.1040.1,               6.1040,                 1",
        "plain semantic version,  0.1.0,                  0.1.0,                  0",
    })
    void shouldOrderPluginVersionsByTheirNumbers(String row, String left, String right, int expected) {
        assertThat(Integer.signum(PluginVersions.compare(left, right))).isEqualTo(expected);
    }
}
