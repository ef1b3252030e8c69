package io.jenkins.plugins.skylark.metrics.dora;

import java.time.Instant;

/**
 * A commit that a deployment brought to its environment for the first time, as found by the commit
 * linker. Both Git times are kept; change lead time uses {@code committerTime} (when the change
 * entered the branch that was deployed; author time survives rebases and cherry-picks and would
 * count time a change spent unmerged).
 *
 * @param id            the full commit id
 * @param authorTime    Git author time
 * @param committerTime Git committer time
 */
public record LinkedCommit(String id, Instant authorTime, Instant committerTime) {

    public LinkedCommit {
        Require.text(id, "LinkedCommit", "id");
        Require.present(authorTime, "LinkedCommit", "authorTime");
        Require.present(committerTime, "LinkedCommit", "committerTime");
    }
}
