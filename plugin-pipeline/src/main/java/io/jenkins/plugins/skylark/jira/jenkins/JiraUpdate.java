package io.jenkins.plugins.skylark.jira.jenkins;

/**
 * One update made to an issue for one deploy event. A plain class with plain fields: saved with the
 * build by XStream.
 */
public final class JiraUpdate {
    /** {@link #getWhat()} of a comment; a transition's is {@code transition:<name>}. */
    static final String COMMENT = "comment";

    private final String eventKey;
    private final String environment;
    private final String issueKey;
    private final String what;

    JiraUpdate(String eventKey, String environment, String issueKey, String what) {
        this.eventKey = eventKey;
        this.environment = environment;
        this.issueKey = issueKey;
        this.what = what;
    }

    static String transition(String name) {
        return "transition:" + name;
    }

    public String getEventKey() {
        return eventKey;
    }

    public String getEnvironment() {
        return environment;
    }

    public String getIssueKey() {
        return issueKey;
    }

    public String getWhat() {
        return what;
    }

    /** For the page: "commented" or the transition's name. */
    public String getDescription() {
        return COMMENT.equals(what) ? Messages.page("JiraUpdate.commented")
                : Messages.page("JiraUpdate.transitioned", what.substring("transition:".length()));
    }
}
