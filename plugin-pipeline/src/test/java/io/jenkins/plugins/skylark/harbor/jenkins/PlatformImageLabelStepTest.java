package io.jenkins.plugins.skylark.harbor.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import io.jenkins.plugins.skylark.context.jenkins.WithPlatformStep;
import io.jenkins.plugins.skylark.harbor.ArtifactRef;
import io.jenkins.plugins.skylark.harbor.HarborSimulator;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code platformImageLabel} against the Harbor simulator. */
class PlatformImageLabelStepTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    private final HarborSimulator harbor = new HarborSimulator();
    private ArtifactRef orders;
    private StepRunner build;

    @BeforeEach
    void platform() throws Exception {
        HarborPlatform.configure(jenkins, harbor.endpoint().toString());
        orders = new ArtifactRef(harbor.host(), "shop", "orders", "sha256:" + "a1".repeat(32));
        harbor.project("shop", true);
        harbor.labels(List.of("release", "qa-passed"), List.of("qa-passed"));
        harbor.acceptLabels(orders);
        build = jenkins.newBuild(jenkins.job("shop/orders"));
        build.environment().put("PLATFORM_IMAGE", orders.reference());
    }

    @AfterEach
    void stop() {
        harbor.close();
    }

    @Test
    void attachesProjectLabelsBeforeGlobalOnesToThePlatformImage() throws Exception {
        PlatformImageLabelStep step = new PlatformImageLabelStep();
        step.setLabels(List.of("qa-passed", "release"));

        Object names = build.run(new WithPlatformStep("shop"), body -> build.run(step, body));

        assertThat(names).isEqualTo(List.of("qa-passed", "release"));
        assertThat(harbor.requests("POST", orders.apiPath() + "/labels")).extracting(r -> r.getBodyAsString())
                .containsExactly("{\"id\":100}", "{\"id\":1}");
        assertThat(build.log()).contains("Labelled shop/orders@" + orders.digest() + " with qa-passed, release")
                .doesNotContain(HarborSimulator.SECRET);
    }

    @Test
    void refusesAnUnknownLabelNamingItAndTheExistingOnesBeforeAttachingAnything() throws Exception {
        PlatformImageLabelStep step = new PlatformImageLabelStep();
        step.setLabels(List.of("release", "golden"));

        assertThatThrownBy(() -> build.run(new WithPlatformStep("shop"), body -> build.run(step, body)))
                .isInstanceOf(AbortException.class)
                .hasMessage("labels: no label golden in the Harbor project 'shop' or among the global labels"
                        + " (existing: qa-passed, release); create them in Harbor, or pass create: true");
        assertThat(harbor.requests("POST", orders.apiPath() + "/labels")).isEmpty();
    }

    @Test
    void createsAMissingLabelInTheProjectWhenAsked() throws Exception {
        PlatformImageLabelStep step = new PlatformImageLabelStep();
        step.setLabels(List.of("golden"));
        step.setCreate(true);

        build.run(new WithPlatformStep("shop"), body -> build.run(step, body));

        assertThat(harbor.requests("POST", "/labels").get(0).getBodyAsString())
                .isEqualTo("{\"name\":\"golden\",\"scope\":\"p\",\"project_id\":7}");
        assertThat(harbor.requests("POST", orders.apiPath() + "/labels").get(0).getBodyAsString())
                .isEqualTo("{\"id\":500}");
    }

    @Test
    void refusesAnImageOfAnotherHarborProject() throws Exception {
        PlatformImageLabelStep step = new PlatformImageLabelStep();
        step.setLabels(List.of("release"));
        step.setImage(harbor.host() + "/blog/site@" + orders.digest());

        assertThatThrownBy(() -> build.run(new WithPlatformStep("shop"), body -> build.run(step, body)))
                .isInstanceOf(AbortException.class)
                .hasMessage("image: '" + harbor.host() + "/blog/site@" + orders.digest() + "' is in the Harbor project"
                        + " 'blog', not in the Harbor project 'shop' of the project 'shop'");
        assertThat(harbor.requests()).isEmpty();
    }

    @Test
    void namesTheMissingImage() throws Exception {
        StepRunner fresh = jenkins.newBuild(jenkins.job("shop/other"));
        PlatformImageLabelStep step = new PlatformImageLabelStep();
        step.setLabels(List.of("release"));

        assertThatThrownBy(() -> fresh.run(new WithPlatformStep("shop"), body -> fresh.run(step, body)))
                .isInstanceOf(AbortException.class)
                .hasMessage("image: not given and PLATFORM_IMAGE is not set: give image:, or call platformImage first");
    }
}
