package io.jenkins.plugins.skylark.sonar;

import java.io.Serializable;

/**
 * The pull request an analysis decorates ({@code sonar.pullrequest.key/branch/base}).
 *
 * @param key the pull request's id at the SCM ({@code 42})
 * @param branch its source branch
 * @param base its target branch; {@code null} = the project's main branch
 */
public record PullRequest(String key, String branch, String base) implements Serializable {
    public PullRequest {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException(Messages.format("request.pullRequestKey"));
        }
        if (branch == null || branch.isBlank()) {
            throw new IllegalArgumentException(Messages.format("request.pullRequestBranch", key));
        }
    }
}
