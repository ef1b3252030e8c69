package io.jenkins.plugins.skylark.jira.jenkins;

/** What {@code jiraComment}, {@code jiraTransition} and {@code jiraFixVersion} do to each issue. */
enum IssueOperation {
    COMMENT("jiraComment", "text"),
    TRANSITION("jiraTransition", "transition"),
    FIX_VERSION("jiraFixVersion", "version");

    private final String functionName;
    private final String argumentField;

    IssueOperation(String functionName, String argumentField) {
        this.functionName = functionName;
        this.argumentField = argumentField;
    }

    String functionName() {
        return functionName;
    }

    /** The step's field holding the comment text, transition name or version name. */
    String argumentField() {
        return argumentField;
    }
}
