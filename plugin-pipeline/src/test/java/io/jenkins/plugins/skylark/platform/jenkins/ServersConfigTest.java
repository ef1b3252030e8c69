package io.jenkins.plugins.skylark.platform.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.util.FormValidation;
import io.jenkins.plugins.skylark.harness.ViewerLanguage;
import io.jenkins.plugins.skylark.platform.BuildSettings;
import io.jenkins.plugins.skylark.platform.CredentialKind;
import io.jenkins.plugins.skylark.platform.InvalidPlatformModelException;
import io.jenkins.plugins.skylark.platform.IssueUpdates;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.ProjectServers;
import io.jenkins.plugins.skylark.platform.TestPlatform;
import io.jenkins.plugins.skylark.platform.ValidationProblem;
import java.util.List;
import java.util.Locale;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * SonarQube and JIRA servers, project servers, Harbor settings, build settings and issue updates as the form
 * and Configuration as Code bind them: converted to the model, unparseable values and broken rules reported
 * naming the field, form checks with the core's rules.
 */
class ServersConfigTest {

    @Test
    void shouldConvertTheServersToTheCoreModel() {
        PlatformModel model = TestConfigs.withServers().toModel(Locale.ENGLISH);

        assertThat(model).isEqualTo(TestPlatform.validWithServers());
        assertThat(model.sonarServer("sonar").orElseThrow().url()).as("trailing slash dropped")
                .isEqualTo("https://sonar.example.com");
    }

    @Test
    void shouldLeaveEmptySectionsAsNothingConfigured() {
        PlatformConfig config = TestConfigs.valid();
        config.getProjects().get(0).setServers(TestConfigs.servers(" ", "", null, null, " , ", "", null));
        config.getApplications().get(0).setBuild(TestConfigs.build("", " ", null, null, "", ""));
        config.getEnvironments().get(0).setIssueUpdates(TestConfigs.issueUpdates(false, " "));

        PlatformModel model = config.toModel(Locale.ENGLISH);

        assertThat(model).isEqualTo(TestPlatform.valid());
        assertThat(model.project("shop").orElseThrow().servers()).isEqualTo(ProjectServers.NONE);
        assertThat(model.application("shop", "web").orElseThrow().build()).isEqualTo(BuildSettings.NONE);
        assertThat(model.environment("shop", "prod").orElseThrow().issueUpdates()).isEqualTo(IssueUpdates.NONE);
    }

    @Test
    void shouldReportUnparseableFlavorAndToolNamingTheField() {
        PlatformConfig config = TestConfigs.withServers();
        config.getJiraServers().get(0).setFlavor("server");
        config.getApplications().get(1).setBuild(TestConfigs.build("ant", null, null, null, null, null));

        assertThatThrownBy(() -> config.toModel(Locale.ENGLISH)).isInstanceOfSatisfying(
                InvalidPlatformModelException.class, e -> {
                    assertThat(e.getProblems()).extracting(ValidationProblem::objectKind, ValidationProblem::objectId,
                            ValidationProblem::field, ValidationProblem::message).containsExactly(
                                    Tuple.tuple("application", "blog/web", "build.tool",
                                            "Unknown build tool 'ant'; use one of: maven, gradle, npm, go"),
                                    Tuple.tuple("jiraServer", "acme", "flavor",
                                            "Unknown JIRA flavor 'server'; use one of: cloud, data-center"));
                });
    }

    @Test
    void shouldReportTheValidatorsProblemsOnTheNewFieldsTogether() {
        PlatformConfig config = TestConfigs.withServers();
        config.getSonarServers().get(0).setUrl("sonar.example.com");
        config.getProjects().get(0).getServers().setJiraProjectKeys("SHOP pay");
        config.getRegistries().get(1).setCreateProjects(true);
        config.getApplications().get(0).getBuild().setSonarProjectKey("123");
        config.getProjects().get(1).getServers().setJiraServerId("");
        config.getEnvironments().get(2).setIssueUpdates(TestConfigs.issueUpdates(true, null));

        assertThatThrownBy(() -> config.toModel(Locale.ENGLISH)).isInstanceOfSatisfying(
                InvalidPlatformModelException.class, e -> assertThat(e.getProblems())
                        .extracting(ValidationProblem::objectKind, ValidationProblem::objectId, ValidationProblem::field)
                        .containsExactly(Tuple.tuple("registry", "local", "createProjects"),
                                Tuple.tuple("sonarServer", "sonar", "url"),
                                Tuple.tuple("project", "shop", "servers.jiraProjectKeys[1]"),
                                Tuple.tuple("project", "blog", "servers.jiraCredentialsId"),
                                Tuple.tuple("environment", "blog/dev", "issueUpdates"),
                                Tuple.tuple("application", "shop/web", "build.sonarProjectKey")))
                .hasMessageContaining("project 'shop', field 'servers.jiraProjectKeys[1]': 'pay' is not a JIRA project key");
    }

    @Test
    void shouldCheckTheServerFormsWithTheCoresRules() {
        try (ViewerLanguage ignored = ViewerLanguage.of(Locale.ENGLISH, Locale.ENGLISH)) {
            SonarServerConfig.DescriptorImpl sonar = new SonarServerConfig.DescriptorImpl();
            assertThat(sonar.doCheckId("Sonar").kind).isEqualTo(FormValidation.Kind.ERROR);
            assertThat(sonar.doCheckUrl("https://sonar.example.com").kind).isEqualTo(FormValidation.Kind.OK);
            assertThat(sonar.doCheckUrl("sonar:9000").getMessage()).contains("must start with https://");
            FormValidation pasted = sonar.doCheckWebhookSecretId(null, "https://sonar/?secret=S3CRET");
            assertThat(pasted.kind).isEqualTo(FormValidation.Kind.ERROR);
            assertThat(pasted.getMessage()).contains("looks like a URL").doesNotContain("S3CRET");

            JiraServerConfig.DescriptorImpl jira = new JiraServerConfig.DescriptorImpl();
            assertThat(jira.doFillFlavorItems()).extracting(option -> option.value).containsExactly("cloud", "data-center");
            assertThat(jira.doCheckUrl("").getMessage()).isEqualTo("must not be empty");
            assertThat(JiraServerConfig.credentialKinds("cloud")).isEqualTo(CredentialKind.JIRA_CLOUD);
            assertThat(JiraServerConfig.credentialKinds("DATA_CENTER")).isEqualTo(CredentialKind.JIRA_DATA_CENTER);
            assertThat(JiraServerConfig.credentialKinds("server")).isEqualTo(CredentialKind.JIRA_ANY);
            assertThat(JiraServerConfig.credentialKinds("")).isEqualTo(CredentialKind.JIRA_ANY);
        }
    }

    @Test
    void shouldCheckTheProjectRegistryBuildFieldsWithTheCoresRules() {
        try (ViewerLanguage ignored = ViewerLanguage.of(Locale.ENGLISH, Locale.ENGLISH)) {
            ProjectServersConfig.DescriptorImpl servers = new ProjectServersConfig.DescriptorImpl();
            assertThat(servers.doCheckJiraProjectKeys("SHOP, PAY").kind).isEqualTo(FormValidation.Kind.OK);
            assertThat(servers.doCheckJiraProjectKeys("SHOP, shop").getMessage())
                    .isEqualTo("&#039;shop&#039; is not a JIRA project key: an upper-case letter followed by at least "
                            + "one upper-case letter, digit or &#039;_&#039; (such as SHOP or PAY2)");
            assertThat(servers.doCheckIncidentJql("issuetype = Incident", " ").getMessage())
                    .contains("needs a JIRA server");
            assertThat(servers.doCheckIncidentJql("issuetype = Incident", "acme").kind).isEqualTo(FormValidation.Kind.OK);
            assertThat(servers.doCheckSonarCredentialsId(null, "shop-sonar", "").getMessage())
                    .contains("needs a SonarQube server");
            assertThat(servers.doCheckJiraCredentialsId(null, "shop-jira", null).getMessage())
                    .contains("need a JIRA server");

            RegistryConfig.DescriptorImpl registry = new RegistryConfig.DescriptorImpl();
            assertThat(registry.doCheckCreateProjects(true, "oci", "c").getMessage())
                    .contains("applies only to Harbor registries");
            assertThat(registry.doCheckCreateProjects(true, "harbor", "").getMessage()).contains("needs credentials");
            assertThat(registry.doCheckCreateProjects(true, "harbor", "admin").kind).isEqualTo(FormValidation.Kind.OK);
            assertThat(registry.doCheckWebhookSecretId(null, "hook", "oci").getMessage())
                    .contains("applies only to Harbor registries");

            BuildConfig.DescriptorImpl build = new BuildConfig.DescriptorImpl();
            assertThat(build.doFillToolItems()).extracting(option -> option.value)
                    .containsExactly("", "maven", "gradle", "npm", "go");
            assertThat(build.doCheckArtifacts("target/*.jar").kind).isEqualTo(FormValidation.Kind.OK);
            assertThat(build.doCheckArtifacts("../*.jar").getMessage()).contains("is not a workspace glob");
            assertThat(build.doCheckSonarProjectKey("shop:web").kind).isEqualTo(FormValidation.Kind.OK);
            assertThat(build.doCheckSonarProjectKey("1").getMessage()).contains("is not a SonarQube project key");
        }
        try (ViewerLanguage ignored = ViewerLanguage.of(Locale.SIMPLIFIED_CHINESE, Locale.SIMPLIFIED_CHINESE)) {
            assertThat(new BuildConfig.DescriptorImpl().doFillToolItems().get(0).name).isEqualTo("（无）");
            assertThat(new ProjectServersConfig.DescriptorImpl().doCheckJiraProjectKeys("shop").getMessage())
                    .contains("不是 JIRA 项目键");
        }
    }

    @Test
    void shouldShowEmptySectionsForObjectsWithoutThem() {
        ProjectConfig project = new ProjectConfig("news");
        ApplicationConfig application = new ApplicationConfig("web", "news");
        EnvironmentConfig environment = new EnvironmentConfig("dev", "news");

        assertThat(project.getServers().toRecord()).isNull();
        assertThat(application.getBuild().toRecord(new ModelConversion(Locale.ENGLISH), "news/web")).isNull();
        assertThat(environment.getIssueUpdates().toRecord()).isNull();
        assertThat(new PlatformConfig().getSonarServers()).isEqualTo(List.of());
    }
}
