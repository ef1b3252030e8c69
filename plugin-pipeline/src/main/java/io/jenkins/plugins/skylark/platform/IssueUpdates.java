package io.jenkins.plugins.skylark.platform;

/**
 * What a deploy to an environment does to the JIRA issues it ships, with no Jenkinsfile line.
 *
 * @param comment add a comment naming the environment, version and build
 * @param transition the name of a workflow transition to run on each issue ({@code Deployed to test});
 *     {@code null} = none
 */
public record IssueUpdates(boolean comment, String transition) {

    /** Deploys leave issues alone. */
    public static final IssueUpdates NONE = new IssueUpdates(false, null);

    /** Whether a deploy here touches its issues at all. */
    public boolean any() {
        return comment || !ObjectIds.isBlank(transition);
    }
}
