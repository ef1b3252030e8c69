package io.jenkins.plugins.skylark.jira;

/** A workflow transition an issue can take now: its id (what JIRA runs) and its name (what users write). */
public record JiraTransition(String id, String name) {
}
