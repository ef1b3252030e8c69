package io.jenkins.plugins.skylark.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkedCommitsTest {

    @Test
    void shouldSurviveTheTripBackFromTheAgent() throws Exception {
        GitCommit commit = new GitCommit("abc123", Instant.parse("2025-03-01T08:00:00Z"),
                Instant.parse("2025-03-02T09:00:00Z"), "SHOP-12 pay by card\n\nlonger text");
        LinkedCommits sent = new LinkedCommits(List.of(commit), LinkedCommits.Basis.SINCE_PREVIOUS_TIME, "fell back");

        LinkedCommits received = roundTrip(sent);

        assertThat(received.commits()).containsExactly(commit);
        assertThat(received.basis()).isEqualTo(LinkedCommits.Basis.SINCE_PREVIOUS_TIME);
        assertThat(received.warning()).isEqualTo("fell back");
    }

    private static LinkedCommits roundTrip(LinkedCommits linked) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(linked);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (LinkedCommits) in.readObject();
        }
    }
}
