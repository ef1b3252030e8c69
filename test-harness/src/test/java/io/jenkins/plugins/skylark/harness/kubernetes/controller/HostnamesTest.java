package io.jenkins.plugins.skylark.harness.kubernetes.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HostnamesTest {

    @Test
    void shouldMatchEverythingWhenEitherSideHasNoHostname() {
        assertThat(Hostnames.intersect(null, List.of("a.example.com"))).isTrue();
        assertThat(Hostnames.intersect("*.example.com", List.of())).isTrue();
    }

    @Test
    void shouldMatchPreciseHostnamesExactly() {
        assertThat(Hostnames.intersect("test.example.com", List.of("test.example.com"))).isTrue();
        assertThat(Hostnames.intersect("test.example.com", List.of("other.example.com"))).isFalse();
    }

    @Test
    void shouldTreatAWildcardAsASuffixMatchExcludingTheBareDomain() {
        assertThat(Hostnames.intersect("*.example.com", List.of("test.example.com"))).isTrue();
        assertThat(Hostnames.intersect("*.example.com", List.of("foo.test.example.com"))).isTrue();
        assertThat(Hostnames.intersect("*.example.com", List.of("example.com"))).isFalse();
        assertThat(Hostnames.intersect("*.example.com", List.of("test.example.net"))).isFalse();
        assertThat(Hostnames.intersect("test.example.com", List.of("*.example.com"))).isTrue();
    }

    @Test
    void shouldIntersectTwoWildcardsWhenOneContainsTheOther() {
        assertThat(Hostnames.intersect("*.example.com", List.of("*.example.com"))).isTrue();
        assertThat(Hostnames.intersect("*.example.com", List.of("*.apps.example.com"))).isTrue();
        assertThat(Hostnames.intersect("*.example.com", List.of("*.example.net"))).isFalse();
    }

    @Test
    void shouldAttachWhenAnyRouteHostnameMatches() {
        assertThat(Hostnames.intersect("*.example.com", List.of("test.example.net", "test.example.com"))).isTrue();
    }
}
