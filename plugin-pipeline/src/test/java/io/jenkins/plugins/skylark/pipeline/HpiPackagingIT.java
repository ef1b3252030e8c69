package io.jenkins.plugins.skylark.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harness.packaging.PluginPackagingContract;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs after {@code package}: the built skylark-pipeline.hpi must be installable as it is. */
class HpiPackagingIT extends PluginPackagingContract {

    @Override
    protected List<String> extensions() {
        return List.of("io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration",
                "io.jenkins.plugins.skylark.tenancy.jenkins.PlatformProjectProperty$DescriptorImpl",
                "io.jenkins.plugins.skylark.context.jenkins.WithPlatformStep$DescriptorImpl");
    }

    @Override
    protected List<String> pluginDependencies() {
        return List.of("workflow-step-api", "cloudbees-folder", "credentials", "plain-credentials", "jackson2-api", "snakeyaml-api",
                "mailer");
    }

    @Override
    protected String bundledLibrary() {
        return "jib-core-";
    }

    /** The commit linker (package git) runs on agents with JGit; skylark-metrics no longer bundles it. */
    @Test
    void shouldBundleJGit() throws IOException {
        assertThat(hpi().libraries()).anyMatch(jar -> jar.startsWith("org.eclipse.jgit-"));
    }

    /** A template job's update diff is made on the controller with java-diff-utils, which Jenkins core lacks. */
    @Test
    void shouldBundleTheDiffLibrary() throws IOException {
        assertThat(hpi().libraries()).anyMatch(jar -> jar.startsWith("java-diff-utils-"));
    }

    /** The official template catalogue ships in this plugin, every file of it (see the pom's resources). */
    @Test
    void shouldBundleTheOfficialTemplateCatalogue() throws IOException {
        assertThat(BundledCatalogue.problems(Path.of(System.getProperty("hpi.file")), System.getProperty("hpi.shortName"),
                Path.of("../jenkinsfile-templates/src/main/resources"))).isEmpty();
    }
}
