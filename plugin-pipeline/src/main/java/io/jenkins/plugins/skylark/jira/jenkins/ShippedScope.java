package io.jenkins.plugins.skylark.jira.jenkins;

import java.io.Serializable;

/**
 * Which commits to look for issue keys in: a deployment's ({@code environment} set) or the build's.
 * Strings only: kept by step executions, which Pipeline saves with River (public: River reads records
 * through their accessors).
 */
public record ShippedScope(String environment, String application) implements Serializable {
    private static final long serialVersionUID = 1L;
}
