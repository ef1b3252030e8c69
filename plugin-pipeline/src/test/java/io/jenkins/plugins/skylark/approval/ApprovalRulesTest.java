package io.jenkins.plugins.skylark.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.skylark.platform.Environment;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovalRulesTest {
    private static final Environment PROD = environment(true, List.of("alice", "release-managers"), false);
    private static final Environment PROD_FOUR_EYES = environment(true, List.of("alice", "release-managers"), true);

    @Test
    void shouldApproveAListedUserOrAMemberOfAListedGroupIgnoringCase() {
        assertThat(ApprovalRules.decide(PROD, "Alice", List.of(), List.of()).approved()).isTrue();
        assertThat(ApprovalRules.decide(PROD, "carol", List.of("authenticated", "Release-Managers"), List.of())
                .approved()).isTrue();
    }

    @Test
    void shouldRefuseAnyoneElseNamingTheApprovers() {
        Decision decision = ApprovalRules.decide(PROD, "dev", List.of("developers"), List.of());

        assertThat(decision.approved()).isFalse();
        assertThat(decision.reason()).isEqualTo("dev is not an approver of shop/prod (approvers: alice, release-managers).");
    }

    @Test
    void shouldRefuseTheUserWhoStartedTheBuildWhenFourEyesAreRequired() {
        Decision decision = ApprovalRules.decide(PROD_FOUR_EYES, "alice", List.of(), List.of("ALICE"));

        assertThat(decision.approved()).isFalse();
        assertThat(decision.reason()).contains("alice started this build and cannot also approve it",
                "shop/prod requires four eyes");
        assertThat(ApprovalRules.decide(PROD_FOUR_EYES, "carol", List.of("release-managers"), List.of("alice"))
                .approved()).isTrue();
        assertThat(ApprovalRules.decide(PROD, "alice", List.of(), List.of("alice")).approved())
                .as("without four eyes the starter may approve").isTrue();
    }

    @Test
    void shouldLetDeploysPassOnlyWithAnApprovalForAProtectedEnvironment() throws Exception {
        ApprovalRules.checkDeploy(environment(false, List.of(), false), List.of(), "platformDeploy");
        ApprovalRules.checkDeploy(PROD, List.of("shop/prod"), "platformDeploy");

        assertThatThrownBy(() -> ApprovalRules.checkDeploy(PROD, List.of("shop/staging"), "platformScale"))
                .isInstanceOf(ApprovalRequiredException.class)
                .hasMessage("platformScale refused: environment shop/prod is protected and this build has no approval"
                        + " for it. Call platformApprove(environment: ...) before deploying; approvers: alice, release-managers.");
    }

    @Test
    void shouldOnlyAskForApprovalsOfProtectedEnvironmentsWithApprovers() {
        assertThatThrownBy(() -> ApprovalRules.requireProtected(environment(false, List.of(), false)))
                .hasMessage("Environment shop/prod is not protected: it needs no approval.");
        assertThatThrownBy(() -> ApprovalRules.requireProtected(environment(true, List.of(), false)))
                .hasMessageContaining("lists no approvers");
        ApprovalRules.requireProtected(PROD);
    }

    private static Environment environment(boolean protectedEnvironment, List<String> approvers, boolean fourEyes) {
        return new Environment("prod", "shop", "east", "shop-prod", 2, protectedEnvironment, approvers, null, fourEyes,
                null);
    }
}
