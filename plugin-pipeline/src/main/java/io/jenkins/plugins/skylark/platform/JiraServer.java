package io.jenkins.plugins.skylark.platform;

/**
 * A JIRA site projects plan their work on.
 *
 * @param id DNS-1123 label, unique among JIRA servers; projects name it
 * @param url the site's base URL with scheme ({@code https://acme.atlassian.net})
 * @param flavor Cloud or Data Center: decides the REST version, the search call and the authentication
 * @param credentialsId Cloud: username with password (e-mail address and API token, sent as Basic);
 *     Data Center: secret text (personal access token, sent as Bearer); projects may name their own instead
 */
public record JiraServer(String id, String url, JiraFlavor flavor, String credentialsId) {
}
