package io.jenkins.plugins.skylark.template.job.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudbees.hudson.plugins.folder.Folder;
import com.github.difflib.patch.Patch;
import hudson.model.Item;
import hudson.model.Items;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.persistence.SavedForm;
import io.jenkins.plugins.skylark.template.RenderedJenkinsfile;
import io.jenkins.plugins.skylark.template.job.Greeter;
import io.jenkins.plugins.skylark.template.job.TemplateOrigin;
import io.jenkins.plugins.skylark.tenancy.jenkins.PlatformProjectProperty;
import java.io.File;
import java.util.List;
import java.util.Map;
import hudson.security.ACLContext;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.security.access.AccessDeniedException;

class TemplateJobsTest {

    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    private final RenderedJenkinsfile rendered = Greeter.renderVersion1();
    private final TemplateOrigin origin = TemplateOrigin.of(Greeter.version(1), rendered);

    @Test
    void shouldCreateASandboxedPipelineJobRecordingItsOriginSavedAndReloadedAfterARestart() throws Exception {
        jenkins.folder("shop").addProperty(new PlatformProjectProperty("shop"));

        String url = TemplateJobs.create("shop", "orders", Greeter.version(1), rendered);

        assertThat(url).isEqualTo("job/shop/job/orders/");
        WorkflowJob job = jenkins.jenkins().getItemByFullName("shop/orders", WorkflowJob.class);
        assertThat(((CpsFlowDefinition) job.getDefinition()).getScript()).isEqualTo(rendered.text());
        assertThat(((CpsFlowDefinition) job.getDefinition()).isSandbox()).isTrue();
        assertThat(job.getProperty(TemplateJobProperty.class).origin()).isEqualTo(origin);
        assertThat(new TemplateJobActionFactory().createFor(job)).singleElement()
                .isInstanceOf(TemplateJobAction.class);

        File saved = job.getRootDir();
        jenkins.restart();
        WorkflowJob reloaded = (WorkflowJob) Items.load(jenkins.folder("shop"), saved);

        assertThat(reloaded.getFullName()).isEqualTo("shop/orders");
        assertThat(reloaded.getProperty(TemplateJobProperty.class).origin()).isEqualTo(origin);
        assertThat(((CpsFlowDefinition) reloaded.getDefinition()).getScript()).isEqualTo(rendered.text());
        assertThat(new TemplateJobActionFactory().createFor(reloaded)).singleElement()
                .extracting(a -> ((TemplateJobAction) a).getApiUrl()).isEqualTo("job/shop/job/orders/skylark-template");
    }

    @Test
    void shouldKeepValuesOfEveryParameterTypeThroughJenkinsSavedForm() {
        TemplateOrigin reloaded = SavedForm.roundTrip(new TemplateJobProperty(origin)).origin();

        assertThat(reloaded).isEqualTo(origin);
        assertThat(reloaded.values()).containsExactlyEntriesOf(Greeter.VALUES);
        assertThat(reloaded.values().values()).extracting(v -> v instanceof List ? List.class : v.getClass())
                .containsExactly(String.class, String.class, Long.class, Boolean.class, String.class, List.class,
                        String.class);
    }

    @Test
    void shouldSurviveASubmitOfTheJobsConfigurationForm() throws Exception {
        TemplateJobProperty property = new TemplateJobProperty(origin);

        // Jenkins rebuilds job properties from the form; ours has no form section, so it must keep itself.
        assertThat(property.reconfigure(null, null)).isSameAs(property);
        assertThat(new TemplateJobProperty.DescriptorImpl().isApplicable(WorkflowJob.class)).isTrue();
    }

    @Test
    void shouldFailToSaveAJobWhosePropertyHoldsAClassJenkinsRefuses() {
        WorkflowJob job = jenkins.job("shop/other");
        TemplateOrigin refused = new TemplateOrigin("official", "greeter", "1.0.0", Map.of("patch", new Patch<String>()),
                origin.jenkinsfileSha256());

        assertThatThrownBy(() -> job.addProperty(new TemplateJobProperty(refused)))
                .hasStackTraceContaining("Refusing to marshal com.github.difflib.patch.Patch");
    }

    @Test
    void shouldCreateOnlyForWhoMayCreateJobsInTheFolder() {
        Folder shop = jenkins.folder("shop");
        jenkins.secure().grantOn("shop", "reader", Item.READ);

        try (ACLContext as = jenkins.actAs("reader")) {
            assertThatThrownBy(() -> TemplateJobs.createIn(shop, "orders", Greeter.version(1), rendered))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(shop.getItem("orders")).isNull();
    }

    @Test
    void shouldRefuseAMissingFolderAndATakenName() throws Exception {
        jenkins.folder("shop");
        TemplateJobs.create("shop", "orders", Greeter.version(1), rendered);

        assertThatThrownBy(() -> TemplateJobs.create("nowhere", "orders", Greeter.version(1), rendered))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("No folder nowhere");
        assertThatThrownBy(() -> TemplateJobs.create("shop", "orders", Greeter.version(1), rendered))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'orders'");
    }
}
