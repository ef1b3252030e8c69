package io.jenkins.plugins.skylark.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.platform.PlatformValidatorTest.Row;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of SonarQube and JIRA servers, a project's servers, Harbor-only registry settings, build settings
 * and issue updates: one change to {@link TestPlatform#withServers()} gives exactly one problem, naming the field.
 */
class ServersValidatorTest {

    static Stream<Row> rules() {
        return Stream.of(
                new Row("SonarQube id missing", p -> p.sonarServers.add(sonar(null, "https://s2.example.com", "t")),
                        "sonarServer", "#2", "id", "must not be empty"),
                new Row("SonarQube id duplicated", p -> p.sonarServers.add(sonar("sonar", "https://s2.example.com", "t")),
                        "sonarServer", "sonar", "id", "the id 'sonar' is used by more than one SonarQube server"),
                new Row("SonarQube id not a label", p -> p.sonarServers.add(sonar("Sonar_2", "https://s2.example.com", "t")),
                        "sonarServer", "Sonar_2", "id", "'Sonar_2' is not a valid id"),
                new Row("SonarQube URL missing", p -> p.sonarServers.add(sonar("s2", " ", "t")),
                        "sonarServer", "s2", "url", "must not be empty"),
                new Row("SonarQube URL not http(s)", p -> p.sonarServers.add(sonar("s2", "sonar.example.com:9000", "t")),
                        "sonarServer", "s2", "url", "must start with https://"),
                new Row("SonarQube URL without host", p -> p.sonarServers.add(sonar("s2", "https:///sonar", "t")),
                        "sonarServer", "s2", "url", "has no host name"),
                new Row("SonarQube URL with a password", p -> p.sonarServers.add(sonar("s2", "https://admin:pw@s2.example.com", "t")),
                        "sonarServer", "s2", "url", "must not contain a user name or password"),
                new Row("SonarQube credentials missing", p -> p.sonarServers.add(sonar("s2", "https://s2.example.com", null)),
                        "sonarServer", "s2", "credentialsId", "must not be empty"),
                new Row("SonarQube token pasted as URL", p -> p.sonarServers.add(sonar("s2", "https://s2.example.com",
                        "https://s2.example.com/?token=squ_abc")),
                        "sonarServer", "s2", "credentialsId", "this looks like a URL, not a credentials id"),
                new Row("SonarQube webhook secret id with a space", p -> p.sonarServers.add(new SonarServer("s2",
                        "https://s2.example.com", "t", "web hook")),
                        "sonarServer", "s2", "webhookSecretId", "'web hook' is not a credentials id"),
                new Row("JIRA id duplicated", p -> p.jiraServers.add(jira("acme", JiraFlavor.CLOUD, "c")),
                        "jiraServer", "acme", "id", "used by more than one JIRA server"),
                new Row("JIRA URL invalid", p -> p.jiraServers.add(new JiraServer("j2", "https://bad host", JiraFlavor.CLOUD,
                        "c")),
                        "jiraServer", "j2", "url", "is not a valid URL"),
                new Row("JIRA flavor missing", p -> p.jiraServers.add(jira("j2", null, "c")),
                        "jiraServer", "j2", "flavor", "must not be empty"),
                new Row("JIRA credentials missing", p -> p.jiraServers.add(jira("j2", JiraFlavor.DATA_CENTER, "")),
                        "jiraServer", "j2", "credentialsId", "must not be empty"),
                new Row("project names an unknown SonarQube", p -> shop(p, s -> new ProjectServers("nope", null, "acme", null,
                        s.jiraProjectKeys(), s.incidentJql(), s.registryCredentialsId())),
                        "project", "shop", "servers.sonarServerId", "there is no SonarQube server 'nope'"),
                new Row("project names an unknown JIRA", p -> shop(p, s -> new ProjectServers("sonar", null, "jira", null,
                        s.jiraProjectKeys(), null, s.registryCredentialsId())),
                        "project", "shop", "servers.jiraServerId", "there is no JIRA server 'jira'"),
                new Row("project SonarQube token without server", p -> shop(p, s -> new ProjectServers(null, "shop-sonar", "acme",
                        null, s.jiraProjectKeys(), s.incidentJql(), s.registryCredentialsId())),
                        "project", "shop", "servers.sonarCredentialsId", "needs a SonarQube server"),
                new Row("project JIRA credentials without server", p -> blog(p, s -> new ProjectServers("sonar",
                        s.sonarCredentialsId(), null, s.jiraCredentialsId(), s.jiraProjectKeys(), null, null)),
                        "project", "blog", "servers.jiraCredentialsId", "need a JIRA server"),
                new Row("project JIRA credentials pasted as URL", p -> shop(p, s -> new ProjectServers("sonar", null, "acme",
                        "https://acme.atlassian.net?token=x", s.jiraProjectKeys(), s.incidentJql(), s.registryCredentialsId())),
                        "project", "shop", "servers.jiraCredentialsId", "looks like a URL"),
                new Row("project incident JQL without JIRA", p -> blog(p, s -> new ProjectServers("sonar",
                        s.sonarCredentialsId(), null, null, s.jiraProjectKeys(), "issuetype = Incident", null)),
                        "project", "blog", "servers.incidentJql", "importing incidents by JQL needs a JIRA server"),
                new Row("project JIRA key lower-case", p -> shop(p, s -> new ProjectServers("sonar", null, "acme", null,
                        List.of("SHOP", "pay"), s.incidentJql(), s.registryCredentialsId())),
                        "project", "shop", "servers.jiraProjectKeys[1]", "'pay' is not a JIRA project key"),
                new Row("project JIRA key of one letter", p -> shop(p, s -> new ProjectServers("sonar", null, "acme", null,
                        List.of("S"), s.incidentJql(), s.registryCredentialsId())),
                        "project", "shop", "servers.jiraProjectKeys[0]", "'S' is not a JIRA project key"),
                new Row("project JIRA key starting with a digit", p -> shop(p, s -> new ProjectServers("sonar", null, "acme", null,
                        List.of("2SHOP"), s.incidentJql(), s.registryCredentialsId())),
                        "project", "shop", "servers.jiraProjectKeys[0]", "'2SHOP' is not a JIRA project key"),
                new Row("project JIRA key listed twice", p -> shop(p, s -> new ProjectServers("sonar", null, "acme", null,
                        List.of("SHOP", "PAY", "SHOP"), s.incidentJql(), s.registryCredentialsId())),
                        "project", "shop", "servers.jiraProjectKeys[2]", "the JIRA project key 'SHOP' is listed twice"),
                new Row("project robot account without registry", p -> p.projects.add(new Project("news", "News", null,
                        List.of(), null, null, new ProjectServers(null, null, null, null, null, null, "news-robot"))),
                        "project", "news", "servers.registryCredentialsId", "a robot account needs a default registry"),
                new Row("OCI registry creating projects", p -> p.registries.add(new ImageRegistry("quay", "quay.example.com",
                        "q", RegistryKind.OCI, false, true, null)),
                        "registry", "quay", "createProjects", "'createProjects' applies only to Harbor registries"),
                new Row("OCI registry with a webhook secret", p -> p.registries.add(new ImageRegistry("quay",
                        "quay.example.com", "q", RegistryKind.OCI, false, false, "quay-hook")),
                        "registry", "quay", "webhookSecretId", "'webhookSecretId' applies only to Harbor registries"),
                new Row("Harbor creating projects anonymously", p -> p.registries.add(new ImageRegistry("h2",
                        "h2.example.com", null, RegistryKind.HARBOR, false, true, null)),
                        "registry", "h2", "createProjects", "creating Harbor projects needs credentials"),
                new Row("artefacts outside the workspace", p -> build(p, "../out/*.jar", null),
                        "application", "shop/web", "build.artifacts", "'../out/*.jar' is not a workspace glob"),
                new Row("artefacts absolute", p -> build(p, "target/*.jar, /tmp/*.jar", null),
                        "application", "shop/web", "build.artifacts", "is not a workspace glob"),
                new Row("artefacts with an empty pattern", p -> build(p, "target/*.jar,,x", null),
                        "application", "shop/web", "build.artifacts", "is not a workspace glob"),
                new Row("SonarQube key of digits only", p -> build(p, null, "12345"),
                        "application", "shop/web", "build.sonarProjectKey", "'12345' is not a SonarQube project key"),
                new Row("SonarQube key with a space", p -> build(p, null, "shop web"),
                        "application", "shop/web", "build.sonarProjectKey", "'shop web' is not a SonarQube project key"),
                new Row("SonarQube key too long", p -> build(p, null, "k".repeat(401)),
                        "application", "shop/web", "build.sonarProjectKey", "at most 400"),
                new Row("issue transition blank", p -> p.environments.set(0,
                        TestPlatform.withIssueUpdates(p.environments.get(0), new IssueUpdates(false, " "))),
                        "environment", "shop/prod", "issueUpdates.transition", "must not be blank"),
                new Row("issue updates in a project without JIRA", p -> {
                    Project blog = p.projects.get(1);
                    p.projects.set(1, new Project(blog.id(), blog.displayName(), null, blog.namespaces(),
                            blog.defaultRegistryId(), null, ProjectServers.NONE));
                    p.environments.set(2, TestPlatform.withIssueUpdates(p.environments.get(2),
                            new IssueUpdates(false, "Done")));
                },
                        "environment", "blog/dev", "issueUpdates", "needs a JIRA server: set the JIRA server of project 'blog'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void shouldReportEachBrokenRuleAgainstItsObjectAndField(Row row) {
        PlatformValidatorTest.assertOnlyProblem(new TestPlatform().withServers(), row);
    }

    @Test
    void shouldAcceptTheServersAndTheModelWithout() {
        assertThat(PlatformValidator.validate(TestPlatform.validWithServers())).isEmpty();
        assertThat(TestPlatform.valid().project("shop").orElseThrow().servers()).isEqualTo(ProjectServers.NONE);
        assertThat(TestPlatform.valid().application("shop", "web").orElseThrow().build()).isEqualTo(BuildSettings.NONE);
    }

    @Test
    void shouldAcceptSonarQubeKeysWithEveryAllowedCharacter() {
        TestPlatform platform = new TestPlatform().withServers();
        build(platform, "**/*.war", "org.example:shop-web_2.x");

        assertThat(PlatformValidator.validate(platform.build())).isEmpty();
    }

    @Test
    void shouldNameTheFieldAndTheIndexInTheProblemsText() {
        TestPlatform platform = new TestPlatform().withServers();
        shop(platform, s -> new ProjectServers("sonar", null, "acme", null, List.of("SHOP", "shop"), s.incidentJql(),
                s.registryCredentialsId()));

        List<ValidationProblem> problems = PlatformValidator.validate(platform.build(), Locale.ENGLISH);

        assertThat(problems).singleElement().extracting(problem -> problem.format(Locale.ENGLISH)).isEqualTo(
                "project 'shop', field 'servers.jiraProjectKeys[1]': 'shop' is not a JIRA project key: an upper-case "
                        + "letter followed by at least one upper-case letter, digit or '_' (such as SHOP or PAY2)");
        assertThat(PlatformValidator.validate(platform.build(), Locale.SIMPLIFIED_CHINESE)).singleElement()
                .extracting(problem -> problem.format(Locale.SIMPLIFIED_CHINESE)).asString()
                .startsWith("项目“shop”，字段“servers.jiraProjectKeys[1]”：“shop”不是 JIRA 项目键");
    }

    @Test
    void shouldNameTheServerKindsInChinese() {
        TestPlatform platform = new TestPlatform().withServers();
        platform.jiraServers.add(jira("acme", JiraFlavor.CLOUD, "c"));

        assertThat(PlatformValidator.validate(platform.build(), Locale.SIMPLIFIED_CHINESE)).singleElement()
                .extracting(problem -> problem.format(Locale.SIMPLIFIED_CHINESE)).asString()
                .isEqualTo("JIRA 服务器“acme”，字段“id”：标识“acme”被多个JIRA 服务器使用");
    }

    @Test
    void shouldAcceptTheCredentialKindsEachServerAuthenticatesWith() {
        assertThat(CredentialKind.SONAR_TOKEN).containsExactly(CredentialKind.SECRET_TEXT);
        assertThat(CredentialKind.WEBHOOK_SECRET).containsExactly(CredentialKind.SECRET_TEXT);
        assertThat(CredentialKind.jira(JiraFlavor.CLOUD)).containsExactly(CredentialKind.USERNAME_PASSWORD);
        assertThat(CredentialKind.jira(JiraFlavor.DATA_CENTER)).containsExactly(CredentialKind.SECRET_TEXT);
        assertThat(CredentialKind.jira(null)).containsExactlyInAnyOrder(CredentialKind.SECRET_TEXT,
                CredentialKind.USERNAME_PASSWORD);
        assertThat(CredentialKind.ROBOT_ACCOUNT).containsExactly(CredentialKind.USERNAME_PASSWORD);
        assertThat(FieldCheck.credentialsId("jira-pat", java.util.Set.of(CredentialKind.SECRET_TEXT),
                CredentialKind.jira(JiraFlavor.CLOUD), true, Locale.ENGLISH))
                .contains("credentials 'jira-pat' are not of a kind this field accepts: username with password");
    }

    private static SonarServer sonar(String id, String url, String credentialsId) {
        return new SonarServer(id, url, credentialsId, null);
    }

    private static JiraServer jira(String id, JiraFlavor flavor, String credentialsId) {
        return new JiraServer(id, "https://" + id + ".example.com", flavor, credentialsId);
    }

    private static void shop(TestPlatform platform, UnaryOperator<ProjectServers> change) {
        project(platform, 0, change);
    }

    /** The blog's environments update no issues: its servers can lose JIRA without further problems. */
    private static void blog(TestPlatform platform, UnaryOperator<ProjectServers> change) {
        project(platform, 1, change);
    }

    private static void project(TestPlatform platform, int index, UnaryOperator<ProjectServers> change) {
        Project project = platform.projects.get(index);
        platform.projects.set(index, new Project(project.id(), project.displayName(), project.displayNameZh(),
                project.namespaces(), project.defaultRegistryId(), project.registryProject(),
                change.apply(project.servers())));
    }

    private static void build(TestPlatform platform, String artifacts, String sonarProjectKey) {
        Application web = platform.applications.get(0);
        BuildSettings build = web.build();
        platform.applications.set(0, new Application(web.id(), web.projectId(), web.workloads(), web.imageRepository(),
                web.manifestsPath(), new BuildSettings(build.tool(), build.args(), build.jdk(), build.nodejs(),
                        artifacts, sonarProjectKey)));
    }
}
