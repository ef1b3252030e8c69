package io.jenkins.plugins.skylark.context.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Run;
import io.jenkins.plugins.skylark.context.ResolvedPlatformContext;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.credentials.TestFileCredentials;
import io.jenkins.plugins.skylark.harness.credentials.TestStringCredentials;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import io.jenkins.plugins.skylark.platform.jenkins.TestConfigs;
import io.jenkins.plugins.skylark.tenancy.jenkins.PlatformProjectProperty;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WithPlatformStepTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @BeforeEach
    void platformWithShopFolder() throws Exception {
        SkylarkConfiguration.get().setPlatform(TestConfigs.valid());
        jenkins.credentials().addGlobal(new TestStringCredentials("east-token", "EAST-SECRET-VALUE"));
        jenkins.credentials().addGlobal(new TestFileCredentials("west-kubeconfig", "config",
                "apiVersion: v1".getBytes(StandardCharsets.UTF_8)));
        jenkins.folder("shop").addProperty(new PlatformProjectProperty("shop"));
    }

    @Test
    void shouldBeTheWithPlatformBlockStep() {
        StepDescriptor descriptor = StepDescriptor.byFunctionName("withPlatform");

        assertThat(descriptor).isInstanceOf(WithPlatformStep.DescriptorImpl.class);
        assertThat(descriptor.takesImplicitBlockArgument()).isTrue();
    }

    @Test
    void shouldExportThePlatformVariablesAndContextToTheBody() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("shop/backend/api"));

        Object seen = build.run(step("shop", "dev"), body -> variables(body) + " " + body.get(ResolvedPlatformContext.class).apiUrl());

        assertThat(seen).isEqualTo("shop dev east shop-dev https://east.example.com:6443");
        assertThat(build.log()).contains("Platform: project shop, environment dev, cluster east, namespace shop-dev");
    }

    @Test
    void shouldResolveTheProjectAloneWhenNoEnvironmentIsGiven() throws Exception {
        jenkins.folder("blog").addProperty(new PlatformProjectProperty("blog"));
        StepRunner build = jenkins.newBuild(jenkins.job("blog/site"));

        // Like every EnvironmentExpander.constant, an empty value unsets the variable (EnvVars.override).
        assertThat(build.run(step("blog", null), WithPlatformStepTest::variables)).isEqualTo("blog null west blog");
    }

    @Test
    void shouldLetAnInnerWithPlatformReplaceTheOuterContext() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("shop/api"));

        Object seen = build.run(step("shop", "dev"), outer -> build.run(step("shop", null), outer,
                inner -> variables(inner) + "|" + inner.get(ResolvedPlatformContext.class).environmentId()));

        assertThat(seen).isEqualTo("shop null null null|null");
    }

    @Test
    void shouldFailWithTheExceptionOfItsBlock() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("shop/api"));

        assertThatThrownBy(() -> build.run(step("shop", "dev"), body -> {
            throw new AbortException("deploy failed");
        })).isInstanceOf(AbortException.class).hasMessage("deploy failed");
    }

    @Test
    void shouldGiveEachParallelBranchItsOwnContext() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("shop/api"));
        CyclicBarrier bothInside = new CyclicBarrier(2);

        List<Object> seen = build.parallel(
                branch -> build.run(step("shop", "dev"), branch, body -> meet(bothInside, body)),
                branch -> build.run(step("shop", "prod"), branch, body -> meet(bothInside, body)));

        assertThat(seen).containsExactly("shop dev east shop-dev|shop-dev", "shop prod east shop-prod|shop-prod");
    }

    @Test
    void shouldRefuseAJobOutsideEveryBoundFolderNamingJobAndProject() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("loose/api"));

        assertThatThrownBy(() -> build.run(step("shop", "dev"), body -> "body ran"))
                .isInstanceOf(AbortException.class)
                .hasMessageContaining("'loose/api'").hasMessageContaining("'shop'");
    }

    @Test
    void shouldLetTheNearestBoundFolderDecide() throws Exception {
        jenkins.folder("shop/blog-team").addProperty(new PlatformProjectProperty("blog"));
        StepRunner build = jenkins.newBuild(jenkins.job("shop/blog-team/site"));

        assertThatThrownBy(() -> build.run(step("shop", "dev"), body -> "body ran"))
                .isInstanceOf(AbortException.class)
                .hasMessageContaining("'shop/blog-team/site'").hasMessageContaining("'shop/blog-team'")
                .hasMessageContaining("'blog'");
        assertThat(build.run(step("blog", "dev"), WithPlatformStepTest::variables)).isEqualTo("blog dev west blog");
    }

    @Test
    void shouldRefuseAFolderBoundToAProjectThatWasRenamed() throws Exception {
        var renamed = TestConfigs.valid();
        renamed.setProjects(List.of(TestConfigs.project("store", "Store", null, "harbor", "shop",
                TestConfigs.namespace("east", "shop-dev"))));
        renamed.setEnvironments(List.of(TestConfigs.environment("dev", "store", "east", "shop-dev", 1, null, null)));
        renamed.setApplications(List.of());
        SkylarkConfiguration.get().setPlatform(renamed);
        StepRunner build = jenkins.newBuild(jenkins.job("shop/api"));

        assertThatThrownBy(() -> build.run(step("store", "dev"), body -> "body ran"))
                .isInstanceOf(AbortException.class)
                .hasMessageContaining("'shop/api'").hasMessageContaining("folder 'shop'")
                .hasMessageContaining("'store'").hasMessageContaining("does not exist");
    }

    @Test
    void shouldNameAnUnknownEnvironmentAndTheProject() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("shop/api"));

        assertThatThrownBy(() -> build.run(step("shop", "staging"), body -> "body ran"))
                .isInstanceOf(AbortException.class)
                .hasMessageContaining("'staging'").hasMessageContaining("'shop'");
    }

    @Test
    void shouldNameTheMissingClusterCredentialsId() throws Exception {
        var platform = TestConfigs.valid();
        platform.getClusters().get(0).setCredentialsId("east-token-rotated");
        SkylarkConfiguration.get().setPlatform(platform);
        StepRunner build = jenkins.newBuild(jenkins.job("shop/api"));

        assertThatThrownBy(() -> build.run(step("shop", "dev"), body -> "body ran"))
                .isInstanceOf(AbortException.class)
                .hasMessageContaining("'east-token-rotated'").hasMessageContaining("'east'")
                .hasMessageContaining("'shop/api'");
    }

    @Test
    void shouldTellWhetherACredentialIsMissingOrOfTheWrongType() throws Exception {
        Run<?, ?> run = jenkins.newBuild(jenkins.job("shop/api")).build();

        assertThat(PlatformCredentials.require("west-kubeconfig",
                FileCredentials.class, run, "the kubeconfig").getFileName())
                .isEqualTo("config");
        assertThatThrownBy(() -> PlatformCredentials.require("east-token",
                StandardUsernamePasswordCredentials.class, run, "the registry"))
                .isInstanceOf(AbortException.class).hasMessageContaining("'east-token'").hasMessageContaining("wrong type");
        assertThatThrownBy(() -> PlatformCredentials.require("nope",
                StringCredentials.class, run, "the registry"))
                .isInstanceOf(AbortException.class).hasMessageContaining("'nope'").hasMessageContaining("not found");
    }

    @Test
    void shouldNeverRevealTheClusterSecret() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("shop/api"));

        String environment = (String) build.run(step("shop", "dev"), body -> {
            EnvVars env = body.get(EnvVars.class);
            body.get(FilePath.class).child("env.txt").write(env.toString(), "UTF-8");
            ResolvedPlatformContext context = PlatformContexts.require(body, "test");
            String token = ((TestStringCredentials) PlatformCredentials.cluster(context,
                    body.get(Run.class))).getSecret().getPlainText();
            return token.equals("EAST-SECRET-VALUE") + " " + env;
        });

        assertThat(environment).startsWith("true ").doesNotContain("EAST-SECRET-VALUE");
        assertThat(build.log()).doesNotContain("EAST-SECRET-VALUE");
        assertThat(build.workspace().child("env.txt").readToString()).contains("PLATFORM_CLUSTER")
                .doesNotContain("EAST-SECRET-VALUE");
    }

    @Test
    void shouldTellStepsOutsideWithPlatformWhereToCallThem() throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("shop/api"));

        assertThatThrownBy(() -> build.run(new RequiresPlatformStep()))
                .isInstanceOf(AbortException.class)
                .hasMessage("requiresPlatform must be called inside withPlatform(project: '…') { … }");
        assertThat(build.run(step("shop", "dev"), body -> build.run(new RequiresPlatformStep(), body)))
                .isEqualTo("shop-dev");
    }

    private static WithPlatformStep step(String project, String environment) {
        WithPlatformStep step = new WithPlatformStep(project);
        step.setEnvironment(environment);
        return step;
    }

    private static String variables(StepContext body) throws Exception {
        EnvVars env = body.get(EnvVars.class);
        return String.join(" ", env.get("PLATFORM_PROJECT"), env.get("PLATFORM_ENVIRONMENT"),
                env.get("PLATFORM_CLUSTER"), env.get("PLATFORM_NAMESPACE"));
    }

    private static Object meet(CyclicBarrier barrier, StepContext body) throws Exception {
        barrier.await(1, TimeUnit.MINUTES); // both branches are inside withPlatform at the same time
        return variables(body) + "|" + body.get(ResolvedPlatformContext.class).namespace();
    }
}
