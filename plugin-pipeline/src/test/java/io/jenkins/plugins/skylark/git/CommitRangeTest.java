package io.jenkins.plugins.skylark.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.skylark.delivery.PreviousDeploymentInfo;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommitRangeTest {

    @Test
    void shouldStartAfterThePreviousDeploymentWhenThereIsOne() {
        Instant at = Instant.parse("2026-03-01T10:00:00Z");

        CommitRange range = CommitRange.after("c2", Optional.of(new PreviousDeploymentInfo("c1", at)));

        assertThat(range).isEqualTo(new CommitRange("c2", "c1", at));
        assertThat(range.first()).isFalse();
    }

    @Test
    void shouldBeAFirstDeploymentWithoutPrevious() {
        assertThat(CommitRange.after("c2", Optional.empty()).first()).isTrue();
    }

    @Test
    void shouldRefuseAnEmptyDeployedCommit() {
        assertThatThrownBy(() -> CommitRange.after(" ", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deployed commit");
    }
}
