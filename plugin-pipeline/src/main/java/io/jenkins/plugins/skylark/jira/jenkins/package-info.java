/**
 * JIRA in Jenkins: the steps {@code jiraKeys}, {@code jiraComment}, {@code jiraTransition},
 * {@code jiraFixVersion} and {@code jiraReleaseVersion}, and the automatic issue updates on deploy
 * ({@link io.jenkins.plugins.skylark.jira.jenkins.JiraDeployUpdates}). The server and credential come from
 * the platform model (the project's JIRA server; its own credential, else the server's), looked up in
 * the build's context. JIRA is called from the controller, which holds the credential; only the
 * repository is read on the agent. A job may touch only issues of its project's JIRA projects.
 */
package io.jenkins.plugins.skylark.jira.jenkins;
