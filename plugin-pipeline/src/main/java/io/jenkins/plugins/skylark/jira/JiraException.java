package io.jenkins.plugins.skylark.jira;

import java.io.IOException;

/**
 * A JIRA call that did not do what was asked. The message names the site, the operation (issue,
 * transition, version) and JIRA's own reason; it never holds a credential.
 */
public final class JiraException extends IOException {
    private static final long serialVersionUID = 1L;

    private final int status;

    JiraException(String message, int status) {
        super(message);
        this.status = status;
    }

    /** The HTTP status JIRA answered, {@code 0} when it was not reached. */
    public int status() {
        return status;
    }
}
