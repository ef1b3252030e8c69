package io.jenkins.plugins.skylark.build.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.pipeline.BuildResult;
import io.jenkins.plugins.skylark.harness.pipeline.PipelineRun;
import io.jenkins.plugins.skylark.platform.jenkins.ApplicationConfig;
import io.jenkins.plugins.skylark.platform.jenkins.BuildConfig;
import io.jenkins.plugins.skylark.platform.jenkins.PlatformConfig;
import io.jenkins.plugins.skylark.platform.jenkins.ProjectConfig;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import io.jenkins.plugins.skylark.platform.jenkins.WorkloadConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code platformBuild(application: …)} inside {@code withPlatform} takes its settings from the model,
 * and {@code platformImage} ships the jar it found. The project has no registry: the image goes to an OCI archive.
 */
class PlatformBuildModelTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @TempDir
    Path artifacts;

    @TempDir
    Path cache;

    private SampleBuild sample;

    @BeforeEach
    void shopWithABuildConfiguredApplication() throws Exception {
        sample = SampleBuild.ofShopOrders(jenkins, artifacts, cache);
        BuildConfig settings = new BuildConfig();
        settings.setTool("maven");
        settings.setArgs("verify -Dsurefire.printSummary=true");
        settings.setArtifacts("target/calc-*.jar");
        ApplicationConfig orders = new ApplicationConfig("orders", "shop");
        orders.setImageRepository("shop/orders");
        WorkloadConfig workload = new WorkloadConfig("Deployment", "orders");
        workload.setContainers("orders");
        orders.setWorkloads(List.of(workload));
        orders.setBuild(settings);
        PlatformConfig platform = new PlatformConfig();
        platform.setProjects(List.of(new ProjectConfig("shop")));
        platform.setApplications(List.of(orders));
        SkylarkConfiguration.get().setPlatform(platform);
    }

    @Test
    void shouldBuildWithTheModelsSettingsAndImageTheJarItFound() throws Exception {
        sample.copy("maven-app");

        PipelineRun run = sample.run("""
                withPlatform(project: 'shop') {
                    def built = platformBuild(application: 'orders')
                    writeFile file: 'target/zz-other.jar', text: 'not the application'
                    platformImage(application: 'orders', archive: 'orders.tar')
                    echo "command=${built.command}"
                }
                """);

        assertThat(run.result()).as(run.log() + sample.log()).isEqualTo(BuildResult.SUCCESS);
        assertThat(run.log()).contains("command=mvn -B -ntp -Dmaven.repo.local=" + cache.resolve("maven")
                + " verify -Dsurefire.printSummary=true");
        assertThat(sample.log()).contains("Layout: Java application target/calc-1.0.jar");
        assertThat(sample.workspace().resolve("orders.tar")).isRegularFile();
    }

    @Test
    void withoutPlatformBuildTheImageStillGuessesAndTwoJarsAreAmbiguous() throws Exception {
        // the case the default guards: without platformBuild's jar, platformImage cannot choose
        Files.createDirectories(sample.workspace().resolve("target"));
        Files.writeString(sample.workspace().resolve("target/calc-1.0.jar"), "x");
        Files.writeString(sample.workspace().resolve("target/zz-other.jar"), "x");

        PipelineRun run = sample.run("withPlatform(project: 'shop') { platformImage(application: 'orders', archive: 'o.tar') }");

        assertThat(run.result()).isEqualTo(BuildResult.FAILURE);
        assertThat(run.log()).contains("matched several jars (target/calc-1.0.jar, target/zz-other.jar)");
    }

    @Test
    void shouldNameAnApplicationThatTheProjectDoesNotHave() throws Exception {
        PipelineRun run = sample.run("withPlatform(project: 'shop') { platformBuild(application: 'billing') }");

        assertThat(run.result()).isEqualTo(BuildResult.FAILURE);
        assertThat(run.log()).contains("platformBuild: application 'billing' is not defined in project 'shop'");
    }
}
