/**
 * JIRA for Skylark, plain Java: {@link io.jenkins.plugins.skylark.jira.JiraClient} (Cloud REST v3 with
 * e-mail and API token, Data Center REST v2 with a personal access token; JDK HTTP client and Jackson)
 * and {@link io.jenkins.plugins.skylark.jira.JiraKeys} (issue keys in branch names, key checks; keys in
 * commit messages are {@link io.jenkins.plugins.skylark.git.IssueKeys}'). Credentials are values handed
 * in by the caller, sent only in the {@code Authorization} header, and never part of a result, a log
 * line or an exception.
 */
package io.jenkins.plugins.skylark.jira;
