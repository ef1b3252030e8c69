package io.jenkins.plugins.skylark.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The form checks of the server, build and issue-update fields: the validator's rules and texts, one field each. */
class ServerFieldCheckTest {
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void shouldCheckServerUrlsAndCredentialIds() {
        assertThat(FieldCheck.serverUrl("https://sonar.example.com", EN)).isEmpty();
        assertThat(FieldCheck.serverUrl("", EN)).contains("must not be empty");
        assertThat(FieldCheck.serverUrl("sonar:9000", EN)).hasValueSatisfying(text -> assertThat(text)
                .contains("must start with https://"));
        assertThat(FieldCheck.credentialsIdSyntax("", EN)).isEmpty();
        assertThat(FieldCheck.credentialsIdSyntax("https://jira/?token=S3CRET", EN)).hasValueSatisfying(text ->
                assertThat(text).contains("looks like a URL").doesNotContain("S3CRET"));
    }

    @Test
    void shouldCheckOneFieldOfAProjectsServersWithTheOthers() {
        ProjectServers servers = new ProjectServers(null, "shop-sonar", "", null, List.of("SHOP", "SHOP"),
                "issuetype = Incident", "robot");

        assertThat(FieldCheck.projectServersField(servers, "sonarCredentialsId", EN))
                .hasValueSatisfying(text -> assertThat(text).contains("needs a SonarQube server"));
        assertThat(FieldCheck.projectServersField(servers, "incidentJql", EN))
                .hasValueSatisfying(text -> assertThat(text).contains("needs a JIRA server"));
        assertThat(FieldCheck.projectServersField(servers, "jiraProjectKeys", EN))
                .contains("the JIRA project key 'SHOP' is listed twice");
        assertThat(FieldCheck.projectServersField(servers, "registryCredentialsId", EN)).isEmpty();
        ProjectServers named = new ProjectServers("sonar", "shop-sonar", "acme", "jira", List.of("SHOP"),
                "issuetype = Incident", null);
        assertThat(List.of("sonarServerId", "sonarCredentialsId", "jiraServerId", "jiraCredentialsId", "jiraProjectKeys",
                "incidentJql")).allSatisfy(field -> assertThat(FieldCheck.projectServersField(named, field, EN)).isEmpty());
    }

    @Test
    void shouldCheckHarborOnlyRegistrySettingsAgainstTheKind() {
        assertThat(FieldCheck.registryHarborField("createProjects", "oci", "c", true, null, EN))
                .hasValueSatisfying(text -> assertThat(text).contains("applies only to Harbor registries"));
        assertThat(FieldCheck.registryHarborField("createProjects", "harbor", "", true, null, EN))
                .hasValueSatisfying(text -> assertThat(text).contains("needs credentials"));
        assertThat(FieldCheck.registryHarborField("createProjects", "harbor", "c", true, null, EN)).isEmpty();
        assertThat(FieldCheck.registryHarborField("webhookSecretId", "OCI", null, false, "hook", EN))
                .hasValueSatisfying(text -> assertThat(text).contains("'webhookSecretId' applies only to Harbor"));
        assertThat(FieldCheck.registryHarborField("webhookSecretId", "harbor", null, false, "hook", EN)).isEmpty();
    }

    @Test
    void shouldCheckBuildSettings() {
        assertThat(FieldCheck.artifacts("target/*.jar, build/libs/*.jar", EN)).isEmpty();
        assertThat(FieldCheck.artifacts("", EN)).isEmpty();
        assertThat(FieldCheck.artifacts("C:\\out\\app.jar", EN)).hasValueSatisfying(text ->
                assertThat(text).contains("is not a workspace glob"));
        assertThat(FieldCheck.sonarProjectKey(" shop:web ", EN)).isEmpty();
        assertThat(FieldCheck.sonarProjectKey("007", EN)).hasValueSatisfying(text ->
                assertThat(text).contains("with at least one non-digit"));
        assertThat(FieldCheck.sonarProjectKey("shop/web", Locale.SIMPLIFIED_CHINESE)).hasValueSatisfying(text ->
                assertThat(text).contains("不是 SonarQube 项目键"));
    }

    @Test
    void shouldOfferToolsAndFlavorsAsWritten() {
        assertThat(FieldCheck.buildTools()).containsExactly("maven", "gradle", "npm", "go")
                .allSatisfy(tool -> assertThat(BuildTool.parse(tool)).isNotNull());
        assertThat(FieldCheck.jiraFlavors()).containsExactly("cloud", "data-center")
                .allSatisfy(flavor -> assertThat(JiraFlavor.parse(flavor)).isNotNull());
    }
}
