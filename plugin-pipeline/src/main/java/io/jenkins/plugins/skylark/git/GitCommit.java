package io.jenkins.plugins.skylark.git;

import java.time.Instant;
import java.util.Objects;

/**
 * A commit the linker found: id, both Git times and the full message. The metrics plugin keeps the
 * times for change lead time (committer time: when the change entered the deployed branch) and the
 * message for the JIRA issue keys a deployment ships; {@code jiraKeys} reads the keys from the message.
 *
 * @param id            the full commit id
 * @param authorTime    Git author time
 * @param committerTime Git committer time
 * @param message       the full commit message (never {@code null}, may be empty)
 */
public record GitCommit(String id, Instant authorTime, Instant committerTime, String message) {

    public GitCommit {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(CommitMessages.format("commit.id.empty"));
        }
        Objects.requireNonNull(authorTime, "authorTime");
        Objects.requireNonNull(committerTime, "committerTime");
        message = message == null ? "" : message;
    }
}
