package io.jenkins.plugins.skylark.jira.jenkins;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.jenkins.plugins.skylark.jira.JiraSimulator.json;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.credentials.TestStringCredentials;
import io.jenkins.plugins.skylark.harness.credentials.TestUsernamePasswordCredentials;
import io.jenkins.plugins.skylark.harness.pipeline.JenkinsSteps;
import io.jenkins.plugins.skylark.harness.pipeline.JenkinsfileRunner;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import io.jenkins.plugins.skylark.jira.JiraSimulator;
import io.jenkins.plugins.skylark.platform.jenkins.EnvironmentConfig;
import io.jenkins.plugins.skylark.platform.jenkins.IssueUpdatesConfig;
import io.jenkins.plugins.skylark.platform.jenkins.JiraServerConfig;
import io.jenkins.plugins.skylark.platform.jenkins.PlatformConfig;
import io.jenkins.plugins.skylark.platform.jenkins.ProjectServersConfig;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import io.jenkins.plugins.skylark.platform.jenkins.TestConfigs;
import io.jenkins.plugins.skylark.tenancy.jenkins.PlatformProjectProperty;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The platform of the JIRA step tests: {@link TestConfigs#valid()} (folder {@code shop} bound to project
 * {@code shop}, application {@code web}, environments dev and prod) with a JIRA site answered by a
 * {@link JiraSimulator}: project shop on it with JIRA project {@code SHOP}, and prod commenting on and
 * transitioning ("Done") the issues its deploys ship. The credential is the flavor's kind.
 */
final class JiraPlatform implements AutoCloseable {
    final JiraSimulator jira = new JiraSimulator();
    final boolean cloud;
    final String api;
    /** The credentials id the server names; the credential added is always {@code jira-login}. */
    String serverCredentialsId = "jira-login";

    JiraPlatform(boolean cloud) {
        this.cloud = cloud;
        this.api = cloud ? "/rest/api/3" : "/rest/api/2";
    }

    /** Configures Jenkins; {@code comment} and {@code transition} are prod's issue updates. */
    JiraPlatform start(JenkinsExtension jenkins, boolean comment, String transition) throws Exception {
        PlatformConfig config = TestConfigs.valid();
        JiraServerConfig server = new JiraServerConfig("jira");
        server.setUrl(jira.url());
        server.setFlavor(cloud ? "cloud" : "data-center");
        server.setCredentialsId(serverCredentialsId);
        config.setJiraServers(List.of(server));
        ProjectServersConfig servers = new ProjectServersConfig();
        servers.setJiraServerId("jira");
        servers.setJiraProjectKeys("SHOP");
        config.getProjects().get(0).setServers(servers);
        EnvironmentConfig prod = config.getEnvironments().get(0);
        IssueUpdatesConfig updates = new IssueUpdatesConfig();
        updates.setComment(comment);
        updates.setTransition(transition);
        prod.setIssueUpdates(updates);
        SkylarkConfiguration.get().setPlatform(config);
        jenkins.credentials().addGlobal(cloud
                ? new TestUsernamePasswordCredentials("jira-login", JiraSimulator.EMAIL, JiraSimulator.API_TOKEN)
                : new TestStringCredentials("jira-login", JiraSimulator.PAT));
        jenkins.folder("shop").addProperty(new PlatformProjectProperty("shop"));
        return this;
    }

    /** Comments and transitions succeed; every issue offers the transitions of {@code transitions.json}. */
    void acceptUpdates() {
        jira.server().stubFor(post(anyUrlMatching("/issue/[A-Z]+-[0-9]+/comment"))
                .willReturn(json(201, "{\"id\":\"10000\"}")));
        jira.server().stubFor(get(anyUrlMatching("/issue/[A-Z]+-[0-9]+/transitions"))
                .willReturn(json(200, "transitions.json")));
        jira.server().stubFor(post(anyUrlMatching("/issue/[A-Z]+-[0-9]+/transitions"))
                .willReturn(aResponse().withStatus(204)));
    }

    com.github.tomakehurst.wiremock.matching.UrlPattern anyUrlMatching(String pathRegex) {
        return com.github.tomakehurst.wiremock.client.WireMock.urlMatching(api + pathRegex);
    }

    List<LoggedRequest> comments(String key) {
        return jira.server().findAll(postRequestedFor(urlEqualTo(api + "/issue/" + key + "/comment")));
    }

    List<LoggedRequest> transitionsRun(String key) {
        return jira.server().findAll(postRequestedFor(urlEqualTo(api + "/issue/" + key + "/transitions")));
    }

    List<LoggedRequest> allPosts() {
        return jira.server().findAll(postRequestedFor(anyUrl()));
    }

    /** A comment's text, whatever the flavor's body format. */
    String commentText(LoggedRequest request) {
        var body = JiraSimulator.parse(request.getBodyAsString()).path("body");
        if (!cloud) {
            return body.asText();
        }
        StringBuilder text = new StringBuilder();
        body.path("content").forEach(paragraph -> {
            paragraph.path("content").forEach(node -> text.append(node.path("text").asText()));
            text.append('\n');
        });
        return text.toString().strip();
    }

    /** Runs a Jenkinsfile as a build of {@code shop/orders-ci}, with {@code variables} (name, value, …) set. */
    static io.jenkins.plugins.skylark.harness.pipeline.PipelineRun run(StepRunner build, Path artifacts,
            String jenkinsfile, String... variables) throws Exception {
        JenkinsfileRunner runner = JenkinsfileRunner.in(Path.of(build.workspace().getRemote()), artifacts);
        for (int i = 0; i < variables.length; i += 2) {
            runner.environment(variables[i], variables[i + 1]);
        }
        return JenkinsSteps.register(runner, build).run(jenkinsfile);
    }

    /** A Git repository in {@code directory} with one commit per message, oldest first; returns the commits. */
    static List<RevCommit> repository(Path directory, String... messages) throws IOException, GitAPIException {
        try (Git git = Git.init().setDirectory(directory.toFile()).setInitialBranch("main").call()) {
            List<RevCommit> commits = new java.util.ArrayList<>();
            for (int i = 0; i < messages.length; i++) { // a minute apart: the linker orders commits by time
                PersonIdent dev = new PersonIdent("Dev", "dev@example.com",
                        Instant.parse("2026-12-01T09:00:00Z").plusSeconds(60L * i), ZoneOffset.UTC);
                commits.add(git.commit().setAllowEmpty(true).setMessage(messages[i]).setAuthor(dev)
                        .setCommitter(dev).setSign(false).call());
            }
            return commits;
        }
    }

    @Override
    public void close() {
        jira.close();
    }
}
