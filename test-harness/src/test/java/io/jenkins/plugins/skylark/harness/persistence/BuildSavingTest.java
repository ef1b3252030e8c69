package io.jenkins.plugins.skylark.harness.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import java.nio.file.Files;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;

/** When a test ends, its builds are saved as Jenkins saves them, and one Jenkins could not save fails the test. */
class BuildSavingTest {

    @Test
    void shouldSaveAndReloadTheActionsOfEveryBuild() throws Exception {
        JenkinsExtension jenkins = new JenkinsExtension();
        jenkins.start();
        WorkflowRun build = jenkins.newBuild(jenkins.job("shop/orders")).build();
        build.addAction(new SavedValue("registry.example.com/shop/orders@sha256:0123"));

        assertThat(SavedForm.saveAndReload(build)).singleElement().isInstanceOfSatisfying(SavedValue.class,
                action -> assertThat(action.value()).isEqualTo("registry.example.com/shop/orders@sha256:0123"));
        assertThat(Files.readString(build.getRootDir().toPath().resolve("build.xml")))
                .startsWith("<?xml version='1.1' encoding='UTF-8'?>").contains(SavedValue.class.getName());
        jenkins.stop();
    }

    @Test
    void shouldFailWhenABuildHoldsAnActionJenkinsWouldRefuseToSave() throws Exception {
        JenkinsExtension jenkins = new JenkinsExtension();
        jenkins.start();
        jenkins.newBuild(jenkins.job("shop/orders")).build().addAction(new SavedValue(new ObjectMeta()));

        assertThatThrownBy(jenkins::stop)
                .hasMessageContaining("Jenkins cannot save the build shop/orders #1")
                .hasMessageContaining("Failed to serialize hudson.model.Actionable#actions")
                .hasMessageContaining("Refusing to marshal io.fabric8.kubernetes.api.model.ObjectMeta for security reasons");
    }
}
