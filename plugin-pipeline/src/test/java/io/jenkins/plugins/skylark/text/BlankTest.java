package io.jenkins.plugins.skylark.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlankTest {

    @Test
    void shouldTreatNullAndBlankAsNotGiven() {
        assertThat(Blank.blankToNull(null)).isNull();
        assertThat(Blank.blankToNull(" \n\t")).isNull();
        assertThat(Blank.strippedOrNull(null)).isNull();
        assertThat(Blank.strippedOrNull("  ")).isNull();
    }

    @Test
    void shouldKeepOrStripGivenText() {
        assertThat(Blank.blankToNull("  -----BEGIN CERTIFICATE-----\n")).isEqualTo("  -----BEGIN CERTIFICATE-----\n");
        assertThat(Blank.strippedOrNull("  orders \n")).isEqualTo("orders");
    }
}
