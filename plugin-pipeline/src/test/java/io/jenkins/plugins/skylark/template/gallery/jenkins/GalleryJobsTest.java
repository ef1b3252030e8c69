package io.jenkins.plugins.skylark.template.gallery.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Item;
import hudson.security.ACLContext;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.template.catalogue.CatalogueRepo;
import io.jenkins.plugins.skylark.template.catalogue.jenkins.GitCatalogueConfig;
import io.jenkins.plugins.skylark.template.catalogue.jenkins.TemplateCatalogues;
import io.jenkins.plugins.skylark.template.job.jenkins.TemplateJobProperty;
import io.jenkins.plugins.skylark.tenancy.jenkins.PlatformProjectProperty;
import io.jenkins.plugins.skylark.web.ApiEndpoint;
import io.jenkins.plugins.skylark.web.ApiRequest;
import io.jenkins.plugins.skylark.web.ApiResponse;
import io.jenkins.plugins.skylark.web.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The gallery wired into Jenkins: a configured Git catalogue's template becomes a template job in a bound folder. */
class GalleryJobsTest {

    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @TempDir
    Path temp;

    @Test
    void shouldCreateATemplateJobFromAConfiguredCatalogueInABoundFolder() throws Exception {
        try (CatalogueRepo repo = CatalogueRepo.create(temp.resolve("repo"))) {
            repo.template("hello", "1.0.0").commit("hello");
            repo.tag("v1");
            TemplateCatalogues.get().setCatalogues(List.of(new GitCatalogueConfig("team", repo.url(), "v1")));
        }
        jenkins.folder("shop").addProperty(new PlatformProjectProperty("shop"));
        jenkins.secure().grantOn("shop", "dev", Item.READ, Item.CREATE);

        ApiResponse answer;
        try (ACLContext ignored = jenkins.actAs("dev")) {
            answer = ApiEndpoint.answer(new GalleryRootAction().gallery().create(), ApiRequest.post(Json.write(Map.of(
                    "catalogue", "team", "template", "hello", "folder", "shop", "name", "greeter",
                    "values", Map.of("greeting", "hi"))), Locale.ENGLISH), true);
        }

        assertThat(answer.status()).as(answer.json()).isEqualTo(200);
        assertThat(answer.json()).contains("\"url\":\"job/shop/job/greeter/\"");
        WorkflowJob job = (WorkflowJob) jenkins.folder("shop").getItem("greeter");
        assertThat(((CpsFlowDefinition) job.getDefinition()).getScript()).contains("echo('hi')");
        assertThat(job.getProperty(TemplateJobProperty.class).origin().templateId()).isEqualTo("hello");
    }
}
