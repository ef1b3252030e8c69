package io.jenkins.plugins.skylark.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectServersTest {
    private static final JiraServer JIRA = new JiraServer("acme", "https://acme.atlassian.net", JiraFlavor.CLOUD, "jira-bot");
    private static final SonarServer SONAR = new SonarServer("sonar", "https://sonar.example.com", "sonar-token", null);

    @Test
    void shouldUseTheProjectsOwnCredentialsBeforeTheServers() {
        ProjectServers servers = new ProjectServers("sonar", "shop-sonar", "acme", "shop-jira", List.of(), null, null);

        assertThat(servers.jiraCredentialsFor(JIRA)).isEqualTo("shop-jira");
        assertThat(servers.sonarCredentialsFor(SONAR)).isEqualTo("shop-sonar");
    }

    @Test
    void shouldFallBackToTheServersCredentialsWhenTheProjectHasNoneOrABlankOne() {
        ProjectServers servers = new ProjectServers("sonar", " ", "acme", null, List.of(), null, null);

        assertThat(servers.jiraCredentialsFor(JIRA)).isEqualTo("jira-bot");
        assertThat(servers.sonarCredentialsFor(SONAR)).isEqualTo("sonar-token");
    }
}
