package io.jenkins.plugins.skylark.template.job.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Item;
import hudson.model.Items;
import hudson.security.ACLContext;
import io.jenkins.plugins.skylark.template.RenderedJenkinsfile;
import io.jenkins.plugins.skylark.template.TemplateEngine;
import io.jenkins.plugins.skylark.template.catalogue.CatalogueTemplate;
import io.jenkins.plugins.skylark.template.catalogue.jenkins.TemplateCatalogues;
import io.jenkins.plugins.skylark.template.job.Greeter;
import io.jenkins.plugins.skylark.template.job.ScriptHash;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.security.HarnessAuthorization;
import io.jenkins.plugins.skylark.web.ApiEndpoint;
import io.jenkins.plugins.skylark.web.ApiRequest;
import io.jenkins.plugins.skylark.web.ApiResponse;
import io.jenkins.plugins.skylark.web.Json;
import java.io.File;
import java.util.Locale;
import java.util.Map;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The job page's endpoints as its web methods serve them (current Jenkins user, the WorkflowJob, its saved
 * configuration) in a secured Jenkins: who may do what, and what an update or detach saves.
 */
class TemplateJobActionTest {

    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    private final RenderedJenkinsfile rendered = Greeter.renderVersion1();
    private WorkflowJob job;
    private TemplateJobAction action;
    private HarnessAuthorization authorization;

    @BeforeEach
    void createJobThenSecure() throws Exception {
        job = TemplateJobs.createIn(jenkins.folder("shop"), "orders", Greeter.version(1), rendered);
        action = new TemplateJobAction(job, () -> Greeter.library(Greeter.version(2)));
        authorization = jenkins.secure().grantOn("shop", "reader", Item.READ)
                .grantOn("shop", "dev", Item.READ, Item.CONFIGURE);
    }

    @Test
    void shouldShowAReaderTheOriginAndTheNewerVersion() throws Exception {
        ApiResponse response;
        try (ACLContext as = jenkins.actAs("reader")) {
            response = ApiEndpoint.answer(action.api().status(), ApiRequest.get(Map.of(), Locale.ENGLISH), false);
        }

        assertThat(response.status()).isEqualTo(200);
        assertThat(Json.MAPPER.readValue(response.json(), Map.class)).containsEntry("version", "1.0.0")
                .containsEntry("newestVersion", "2.0.0").containsEntry("state", "UPDATE_AVAILABLE")
                .containsEntry("mayConfigure", false);
    }

    @Test
    void shouldAnswer403ToAUserWithoutConfigureAndChangeNothing() throws Exception {
        ApiResponse update;
        ApiResponse detach;
        try (ACLContext as = jenkins.actAs("reader")) {
            update = ApiEndpoint.answer(action.api().update(), confirm("2.0.0", ScriptHash.sha256(rendered.text())), true);
            detach = ApiEndpoint.answer(action.api().detach(), ApiRequest.post("{}", Locale.ENGLISH), true);
        }

        assertThat(update.status()).isEqualTo(403);
        assertThat(update.json()).contains("reader may not configure shop/orders");
        assertThat(detach.status()).isEqualTo(403);
        assertThat(script(job)).isEqualTo(rendered.text());
        assertThat(job.getProperty(TemplateJobProperty.class).origin().version()).isEqualTo("1.0.0");
    }

    @Test
    void shouldApplyTheUpdateAndSaveIt() throws Exception {
        ApiResponse response;
        try (ACLContext as = jenkins.actAs("dev")) {
            response = ApiEndpoint.answer(action.api().update(), confirm("2.0.0", ScriptHash.sha256(rendered.text())), true);
        }

        assertThat(response.status()).as(response.json()).isEqualTo(200);
        WorkflowJob reloaded = reload();
        assertThat(script(reloaded)).contains("echo(channel: 'builds')").doesNotContain("'kept'");
        assertThat(((CpsFlowDefinition) reloaded.getDefinition()).isSandbox()).isTrue();
        assertThat(reloaded.getProperty(TemplateJobProperty.class).origin().version()).isEqualTo("2.0.0");
        assertThat(reloaded.getProperty(TemplateJobProperty.class).origin().isUnchanged(script(reloaded))).isTrue();
    }

    @Test
    void shouldNeverOverwriteAJenkinsfileEditedByHand() throws Exception {
        String edited = rendered.text() + "// tuned by hand\n";
        job.setDefinition(new CpsFlowDefinition(edited, true));
        job.save();
        ApiResponse response;
        try (ACLContext as = jenkins.actAs("dev")) {
            response = ApiEndpoint.answer(action.api().update(), confirm("2.0.0", ScriptHash.sha256(edited)), true);
        }

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json()).contains("edited by hand");
        assertThat(script(reload())).isEqualTo(edited);
        assertThat(reload().getProperty(TemplateJobProperty.class).origin().version()).isEqualTo("1.0.0");
    }

    @Test
    void shouldDetachKeepingTheJenkinsfile() throws Exception {
        ApiResponse response;
        try (ACLContext as = jenkins.actAs("dev")) {
            response = ApiEndpoint.answer(action.api().detach(), ApiRequest.post("{}", Locale.ENGLISH), true);
        }

        assertThat(response.status()).isEqualTo(200);
        WorkflowJob reloaded = reload();
        assertThat(reloaded.getProperty(TemplateJobProperty.class)).isNull();
        assertThat(script(reloaded)).isEqualTo(rendered.text());
        assertThat(new TemplateJobActionFactory().createFor(reloaded)).isEmpty();
    }

    @Test
    void shouldReadTheNewestVersionFromTheConfiguredCatalogues() throws Exception {
        CatalogueTemplate official = TemplateCatalogues.library().templates().stream()
                .filter(t -> t.catalogueId().equals("official") && !t.descriptor().examples().isEmpty())
                .findFirst().orElseThrow();
        RenderedJenkinsfile fromOfficial = TemplateEngine.render(official.descriptor(),
                official.descriptor().examples().get(0).values());
        authorization.grantOn("shop", "dev", Item.CREATE);
        WorkflowJob service;
        try (ACLContext as = jenkins.actAs("dev")) {
            service = TemplateJobs.createIn(jenkins.folder("shop"), "service", official, fromOfficial);
        }
        TemplateJobAction page = (TemplateJobAction) new TemplateJobActionFactory().createFor(service).iterator().next();

        ApiResponse response;
        try (ACLContext as = jenkins.actAs("reader")) {
            response = ApiEndpoint.answer(page.api().status(), ApiRequest.get(Map.of(), Locale.ENGLISH), false);
        }

        assertThat(Json.MAPPER.readValue(response.json(), Map.class)).containsEntry("catalogueId", "official")
                .containsEntry("templateId", official.descriptor().id())
                .containsEntry("newestVersion", official.descriptor().version()).containsEntry("state", "UP_TO_DATE");
    }

    private WorkflowJob reload() throws Exception {
        File dir = job.getRootDir();
        return (WorkflowJob) Items.load(job.getParent(), dir);
    }

    private static String script(WorkflowJob job) {
        return ((CpsFlowDefinition) job.getDefinition()).getScript();
    }

    private static ApiRequest confirm(String version, String sha256) {
        return ApiRequest.post(Json.write(Map.of("toVersion", version, "sha256", sha256)), Locale.ENGLISH);
    }
}
