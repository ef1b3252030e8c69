package io.jenkins.plugins.skylark.metrics.store;

import java.time.Instant;

/**
 * The last successful deployment of an application to an environment, as the commit linker needs it.
 *
 * @param commitId    the commit it was built from
 * @param deployedAt  when it started serving (bounds the linker's fallback when the commit is gone)
 */
public record PreviousDeployment(String commitId, Instant deployedAt) {
}
