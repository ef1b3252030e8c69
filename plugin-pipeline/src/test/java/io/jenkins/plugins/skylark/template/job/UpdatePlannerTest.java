package io.jenkins.plugins.skylark.template.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.skylark.template.FieldError;
import io.jenkins.plugins.skylark.template.RenderedJenkinsfile;
import io.jenkins.plugins.skylark.template.TemplateEngine;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UpdatePlannerTest {
    /** The indentation of a step in the rendered Jenkinsfile. */
    private static final String STEP = " ".repeat(16);

    private final RenderedJenkinsfile rendered = Greeter.renderVersion1();
    private final TemplateOrigin origin = TemplateOrigin.of(Greeter.version(1), rendered);

    @Test
    void shouldRecordTemplateVersionValuesAndTheHashOfTheRenderedJenkinsfile() {
        assertThat(origin.catalogueId()).isEqualTo("official");
        assertThat(origin.templateId()).isEqualTo("greeter");
        assertThat(origin.version()).isEqualTo("1.0.0");
        assertThat(origin.values()).containsEntry("count", 5L).containsEntry("loud", true)
                .containsEntry("notes", "line one\nline two").containsEntry("tags", java.util.List.of("x", "y"));
        assertThat(origin.jenkinsfileSha256()).hasSize(64).isEqualTo(ScriptHash.sha256(rendered.text()));
        assertThat(origin.isUnchanged(rendered.text())).isTrue();
        assertThat(origin.isUnchanged(rendered.text() + " ")).isFalse();
    }

    @Test
    void shouldBeUpToDateWhenTheCatalogueHasTheJobsVersion() {
        UpdatePlan plan = UpdatePlanner.plan(origin, rendered.text(), Optional.of(Greeter.version(1)));

        assertThat(plan.state()).isEqualTo(UpdatePlan.State.UP_TO_DATE);
        assertThat(plan.mayUpdate()).isFalse();
        assertThat(plan.diff()).isEmpty();
        assertThat(plan.removedFields()).isEmpty();
        assertThat(plan.addedFields()).isEmpty();
    }

    @Test
    void shouldReRenderTheNewerVersionWithTheStoredValuesNewFieldsAtTheirDefaultsRemovedFieldsNamed() {
        UpdatePlan plan = UpdatePlanner.plan(origin, rendered.text(), Optional.of(Greeter.version(2)));

        assertThat(plan.state()).isEqualTo(UpdatePlan.State.UPDATE_AVAILABLE);
        assertThat(plan.fromVersion()).isEqualTo("1.0.0");
        assertThat(plan.toVersion()).isEqualTo("2.0.0");
        assertThat(plan.addedFields()).containsExactly(Map.entry("channel", "builds"));
        assertThat(plan.removedFields()).containsExactly("retired");
        Map<String, Object> kept = new LinkedHashMap<>(Greeter.VALUES);
        kept.remove("retired");
        assertThat(plan.script()).isEqualTo(TemplateEngine.render(Greeter.version(2).descriptor(), kept).text());
        assertThat(plan.script()).contains("count: 5", "colour: 'green'", "['x', 'y']", "channel: 'builds'");
        assertThat(plan.diff()).startsWith("--- Jenkinsfile (greeter 1.0.0)\n+++ Jenkinsfile (greeter 2.0.0)\n")
                .contains("\n-" + STEP + "echo('kept')\n", "\n+" + STEP + "echo(channel: 'builds')\n");
        assertThat(plan.origin().version()).isEqualTo("2.0.0");
        assertThat(plan.origin().values()).containsEntry("channel", "builds").doesNotContainKey("retired");
        assertThat(plan.origin().isUnchanged(plan.script())).isTrue();
    }

    @Test
    void shouldRefuseToPlanOverAJenkinsfileEditedByHandButShowTheDiff() {
        String edited = rendered.text().replace("echo('kept')", "echo('mine')");

        UpdatePlan plan = UpdatePlanner.plan(origin, edited, Optional.of(Greeter.version(2)));

        assertThat(plan.state()).isEqualTo(UpdatePlan.State.HAND_EDITED);
        assertThat(plan.mayUpdate()).isFalse();
        assertThat(plan.diff()).contains("\n-" + STEP + "echo('mine')\n", "\n+" + STEP + "echo(channel: 'builds')\n");
    }

    @Test
    void shouldReportAHandEditEvenWithoutANewerVersion() {
        UpdatePlan plan = UpdatePlanner.plan(origin, rendered.text() + "// mine\n", Optional.of(Greeter.version(1)));

        assertThat(plan.state()).isEqualTo(UpdatePlan.State.HAND_EDITED);
        assertThat(plan.diff()).contains("-// mine");
    }

    @Test
    void shouldNameStoredValuesTheNewerVersionRejects() {
        String script = "pipeline { agent any\n stages { stage('x') { steps { echo 'x' } } } }\n";
        TemplateOrigin upperCase = new TemplateOrigin("official", "greeter", "1.0.0", Map.of("name", "Orders"),
                ScriptHash.sha256(script));

        UpdatePlan plan = UpdatePlanner.plan(upperCase, script, Optional.of(Greeter.version(2)));

        assertThat(plan.state()).isEqualTo(UpdatePlan.State.VALUES_REJECTED);
        assertThat(plan.rejected()).extracting(FieldError::field).containsExactly("name");
        assertThat(plan.script()).isNull();
    }

    @Test
    void shouldSayWhenNoCatalogueOffersTheTemplate() {
        UpdatePlan plan = UpdatePlanner.plan(origin, rendered.text(), Optional.empty());

        assertThat(plan.state()).isEqualTo(UpdatePlan.State.TEMPLATE_MISSING);
        assertThat(plan.mayUpdate()).isFalse();
    }

    @Test
    void shouldOrderVersionsNumerically() {
        assertThat(TemplateVersions.compare("1.10.0", "1.9.3")).isPositive();
        assertThat(TemplateVersions.compare("2.0.0", "2.0.0")).isZero();
        assertThat(TemplateVersions.compare("0.9.9", "1.0.0")).isNegative();
        assertThatThrownBy(() -> TemplateVersions.compare("1.x.0", "1.0.0"))
                .hasMessageContaining("not a template version").hasMessageContaining("1.x.0");
    }

    @Test
    void shouldRefuseAnOriginOfAnotherTemplate() {
        assertThatThrownBy(() -> TemplateOrigin.of(Greeter.version(1),
                new RenderedJenkinsfile("other", "1.0.0", rendered.values(), rendered.text())))
                .hasMessageContaining("rendered from other, not from greeter");
    }
}
