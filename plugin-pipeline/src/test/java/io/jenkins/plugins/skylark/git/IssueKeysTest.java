package io.jenkins.plugins.skylark.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssueKeysTest {

    @Test
    void shouldFindKeysInOrderWithoutRepeats() {
        assertThat(IssueKeys.find(List.of("SHOP-12 pay by card (fixes SHOP-3)", "Merge SHOP-12, OPS_2-7"), List.of()))
                .containsExactly("SHOP-12", "SHOP-3", "OPS_2-7");
    }

    @Test
    void shouldIgnoreKeysGluedToOtherCharactersOrWithALeadingZero() {
        assertThat(IssueKeys.find(List.of("xSHOP-1 SHOP-12a SHOP-01 shop-4 S-5 feature/SHOP-6"), List.of()))
                .containsExactly("SHOP-6");
    }

    @Test
    void shouldKeepOnlyTheGivenProjectsWhenSome() {
        assertThat(IssueKeys.find(List.of("SHOP-1: use UTF-8 and SHA-256, see OPS-2"), List.of("shop", " OPS")))
                .containsExactly("SHOP-1", "OPS-2");
    }

    @Test
    void shouldReadTheMessagesOfCommits() {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        List<GitCommit> commits = List.of(new GitCommit("a", at, at, "SHOP-1 first\n\nRefs SHOP-2"),
                new GitCommit("b", at, at, null));

        assertThat(IssueKeys.inCommits(commits, List.of("SHOP"))).containsExactly("SHOP-1", "SHOP-2");
    }
}
