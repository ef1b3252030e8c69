package io.jenkins.plugins.skylark.deploy.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.skylark.context.ResolvedPlatformContext;
import io.jenkins.plugins.skylark.deploy.DeployResult;
import io.jenkins.plugins.skylark.deploy.DeployStatus;
import io.jenkins.plugins.skylark.deploy.DeployTarget;
import io.jenkins.plugins.skylark.platform.Application;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.Workload;
import io.jenkins.plugins.skylark.platform.WorkloadKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StepInputsTest {
    private static final Application ORDERS = new Application("orders", "shop", List.of(
            new Workload(WorkloadKind.DEPLOYMENT, "orders", List.of("app", "log-shipper")),
            new Workload(WorkloadKind.STATEFUL_SET, "orders-cache", List.of("redis"))), "shop/orders", "deploy/k8s");
    private static final Application LEDGER = new Application("ledger", "bank", List.of(
            new Workload(WorkloadKind.DEPLOYMENT, "ledger", List.of("app"))), "bank/ledger", null);
    private static final PlatformModel MODEL = new PlatformModel(null, null, null, null, List.of(ORDERS, LEDGER));

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"300, PT5M", "90s, PT1M30S", "5m, PT5M", "1h, PT1H", " 45 s , PT45S"})
    void shouldReadTimeoutsInSecondsOrWithAUnit(String given, Duration expected) {
        assertThat(StepInputs.timeout(given)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "5d", "soon", "1m30s", ""})
    void shouldRefuseOtherTimeoutsNamingTheValue(String given) {
        assertThatThrownBy(() -> StepInputs.timeout(given)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Field 'timeout'").hasMessageContaining("'" + given + "'");
    }

    @Test
    void shouldKeepTheEngineDefaultsWithoutATimeout() {
        assertThat(StepInputs.options(null, false).timeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(StepInputs.options("2m", true).timeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(StepInputs.options("2m", false).rollbackOnFailure()).isFalse();
    }

    @Test
    void shouldFindApplicationsOnlyInTheContextsProject() {
        assertThat(StepInputs.application(MODEL, context("shop", "dev", "shop-dev"), "platformDeploy", " orders "))
                .isSameAs(ORDERS);
        assertThatThrownBy(() -> StepInputs.application(MODEL, context("shop", "dev", "shop-dev"), "platformDeploy",
                "ledger")).hasMessageContaining("belongs to project bank, not to project 'shop'");
        assertThatThrownBy(() -> StepInputs.application(MODEL, context("bank", "dev", "bank"), "platformScale", "cart"))
                .hasMessage("Project 'bank' has no application 'cart' (its applications: ledger).");
        assertThatThrownBy(() -> StepInputs.application(MODEL, context("bank", "dev", "bank"), "platformScale", " "))
                .hasMessage("Field 'application' of platformScale is required.");
    }

    @Test
    void shouldTargetTheEnvironmentsNamespaceAndRequireAnEnvironment() {
        DeployTarget target = StepInputs.target(context("shop", "prod", "shop-prod"), "platformDeploy", "https://ci/7/");

        assertThat(target).isEqualTo(new DeployTarget("shop", "prod", "shop-prod", "https://ci/7/", null));
        assertThatThrownBy(() -> StepInputs.target(context("shop", null, null), "platformRollback", null))
                .hasMessageStartingWith("platformRollback needs an environment: withPlatform(project: 'shop'");
    }

    @Test
    void shouldTakeTheGivenManifestsElseTheApplicationsPath() {
        assertThat(StepInputs.manifests("k8s/, extra.yaml,", ORDERS)).containsExactly("k8s/", "extra.yaml");
        assertThat(StepInputs.manifests(null, ORDERS)).containsExactly("deploy/k8s");
        assertThatThrownBy(() -> StepInputs.manifests("", LEDGER)).hasMessageContaining("'bank/ledger'");
    }

    @Test
    void shouldSetTheImageOnEveryContainerTheModelNames() {
        assertThat(StepInputs.containers(ORDERS)).containsExactly("app", "log-shipper", "redis");
    }

    @Test
    void shouldSummariseAResultForTheJenkinsfile() {
        DeployResult result = new DeployResult(DeployStatus.SUCCEEDED, "done",
                Map.of("statefulset/b", 2L, "deployment/a", 5L), null, List.of());

        assertThat(StepInputs.summary(result)).containsExactly(Map.entry("status", "SUCCEEDED"), Map.entry("message", "done"),
                Map.entry("revisions", Map.of("deployment/a", 5L, "statefulset/b", 2L)));
    }

    private static ResolvedPlatformContext context(String project, String environment, String namespace) {
        return new ResolvedPlatformContext(project, environment, environment == null ? null : "east",
                environment == null ? null : "https://east:6443", null, false, namespace, "east-token", null, null, null,
                null, false, null, null);
    }
}
