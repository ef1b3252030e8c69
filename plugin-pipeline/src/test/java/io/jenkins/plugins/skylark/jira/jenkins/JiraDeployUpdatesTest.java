package io.jenkins.plugins.skylark.jira.jenkins;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.jenkins.plugins.skylark.jira.JiraSimulator.json;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.util.StreamTaskListener;
import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.delivery.jenkins.DeliveryEventListener;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.persistence.SavedForm;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import io.jenkins.plugins.skylark.jira.JiraSimulator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A DEPLOYED event published the way the deploy steps publish it updates the issues the deploy ships,
 * as prod's issue updates ask, with no Jenkinsfile line; never twice, and never failing the deploy.
 */
class JiraDeployUpdatesTest {
    private static final String BUILD_URL = "https://ci.example.com/job/shop/job/orders-ci/1/";
    private static final String IMAGE = "harbor.example.com/shop/web@sha256:abc";

    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private JiraPlatform platform;
    private StepRunner build;
    private List<RevCommit> commits;
    private FixedPreviousDeployments store;

    private void start(boolean cloud, boolean comment, String transition) throws Exception {
        start(new JiraPlatform(cloud), comment, transition);
    }

    private void start(JiraPlatform jira, boolean comment, String transition) throws Exception {
        platform = jira.start(jenkins, comment, transition);
        platform.acceptUpdates();
        build = jenkins.newBuild(jenkins.job("shop/orders-ci"));
        commits = JiraPlatform.repository(Path.of(build.workspace().getRemote()),
                "SHOP-1 checkout page", "SHOP-2 cart total", "SHOP-3 search (fixes SHOP-2)");
        store = FixedPreviousDeployments.install(commits.get(0).getName());
    }

    @AfterEach
    void stopSimulator() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void commentsAndTransitionsTheShippedIssuesOnce() throws Exception {
        start(true, true, "done");

        publish(deployed("prod"));
        publish(deployed("prod")); // the same event again: a replay, a resumed step

        for (String key : List.of("SHOP-2", "SHOP-3")) {
            assertThat(platform.comments(key)).hasSize(1);
            assertThat(platform.transitionsRun(key)).hasSize(1);
        }
        assertThat(platform.comments("SHOP-1")).isEmpty();
        assertThat(platform.commentText(platform.comments("SHOP-2").get(0)))
                .isEqualTo("Deployed to prod (project shop): web " + IMAGE + "\nBuild: " + BUILD_URL);
        assertThat(platform.comments("SHOP-2").get(0).getBodyAsString()).contains("\"href\":\"" + BUILD_URL + "\"");
        assertThat(log()).contains("JIRA issues shipped by the deploy of web to prod: SHOP-2, SHOP-3",
                "Commented on SHOP-2", "Transitioned SHOP-3: Done").doesNotContain(JiraSimulator.API_TOKEN);
    }

    @Test
    void theRecordOfUpdatesIsSavedWithTheBuild() throws Exception {
        start(true, true, null);
        publish(deployed("prod"));

        assertThat(SavedForm.saveAndReload(build.build())).filteredOn(JiraUpdatesAction.class::isInstance)
                .singleElement().isInstanceOfSatisfying(JiraUpdatesAction.class, action -> assertThat(
                        action.getUpdates()).extracting(JiraUpdate::getIssueKey, JiraUpdate::getWhat)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("SHOP-2", "comment"),
                                org.assertj.core.groups.Tuple.tuple("SHOP-3", "comment")));
    }

    @Test
    void anEnvironmentWithoutIssueUpdatesLeavesJiraAlone() throws Exception {
        start(false, true, "Done");

        publish(deployed("dev"));
        publish(new DeliveryEvent("k", DeliveryEventType.DEPLOY_FAILED, "shop", "web", "prod", Instant.now(), IMAGE,
                null, BUILD_URL, Map.of()));

        assertThat(platform.allPosts()).isEmpty();
    }

    @Test
    void jiraFailuresAreLoggedAndNeverFailTheDeploy() throws Exception {
        start(false, true, "Deployed to production");
        platform.jira.server().stubFor(post(platform.anyUrlMatching("/issue/SHOP-2/comment")).willReturn(json(500,
                "{\"errorMessages\":[\"Internal server error\"],\"errors\":{}}")));

        publish(deployed("prod"));

        assertThat(log()).contains("adding a comment to SHOP-2 failed: HTTP 500", "Commented on SHOP-3",
                "SHOP-3 has no transition 'Deployed to production' now; available: 'To Do', 'In Progress', 'Done'")
                .doesNotContain(JiraSimulator.PAT);
        assertThat(platform.transitionsRun("SHOP-3")).isEmpty();
    }

    @Test
    void aMissingCredentialIsLoggedAndNeverFailsTheDeploy() throws Exception {
        JiraPlatform jira = new JiraPlatform(true);
        jira.serverCredentialsId = "jira-gone";
        start(jira, true, null);

        publish(deployed("prod"));

        assertThat(log()).contains("Could not update the JIRA issues of the deploy of web to prod (the deploy is not "
                + "affected)", "jira-gone");
        assertThat(platform.allPosts()).isEmpty();
    }

    @Test
    void runsBeforeTheListenersThatRecordTheDeployment() throws Exception {
        start(false, true, null);
        List<DeliveryEventListener> listeners = hudson.ExtensionList.lookup(DeliveryEventListener.class);
        DeliveryEventListener recorder = new DeliveryEventListener() { // default ordinal, as the metrics recorder
            @Override
            public void onEvent(DeliveryEvent event, hudson.model.Run<?, ?> run, hudson.FilePath workspace,
                    hudson.model.TaskListener listener) {
                store.deployed(event.commitId()); // from now on, this deploy is the previous one
            }
        };
        hudson.ExtensionList.lookup(DeliveryEventListener.class).add(recorder);

        publish(deployed("prod"));

        assertThat(listeners.get(0)).isInstanceOf(JiraDeployUpdates.class);
        assertThat(platform.comments("SHOP-2")).hasSize(1);
        assertThat(platform.comments("SHOP-3")).hasSize(1);
    }

    @Test
    void aRedeployOfTheSameCommitShipsNothing() throws Exception {
        start(false, true, null);
        store.deployed(commits.get(2).getName());

        publish(deployed("prod"));

        assertThat(log()).contains("The last successful deployment of web to prod is already commit "
                + commits.get(2).getName());
        assertThat(platform.allPosts()).isEmpty();
    }

    @Test
    void updatesAtMostFiftyIssuesPerDeploy() throws Exception {
        start(false, true, null);
        String[] messages = new String[JiraDeployUpdates.MAX_ISSUES + 2];
        for (int i = 0; i < messages.length; i++) {
            messages[i] = "SHOP-" + (100 + i) + " change " + i;
        }
        commits = JiraPlatform.repository(Path.of(build.workspace().getRemote()), messages);
        store.deployed(commits.get(0).getName());

        publish(deployed("prod"));

        assertThat(platform.allPosts()).hasSize(JiraDeployUpdates.MAX_ISSUES);
        assertThat(platform.comments("SHOP-151")).isEmpty();
        assertThat(log()).contains("The deploy ships 51 issues; only the first 50 are updated automatically. "
                + "Not updated: SHOP-151");
    }

    private DeliveryEvent deployed(String environment) {
        return new DeliveryEvent(DeliveryEventListener.keyFor(build.build(), DeliveryEventType.DEPLOYED, "web",
                environment, IMAGE), DeliveryEventType.DEPLOYED, "shop", "web", environment,
                Instant.parse("2026-12-03T10:00:00Z"), IMAGE, commits.get(commits.size() - 1).getName(), BUILD_URL,
                Map.of());
    }

    private void publish(DeliveryEvent event) throws InterruptedException {
        DeliveryEventListener.publish(event, build.build(), build.workspace(),
                new StreamTaskListener(console, StandardCharsets.UTF_8));
    }

    private String log() {
        return console.toString(StandardCharsets.UTF_8);
    }
}
