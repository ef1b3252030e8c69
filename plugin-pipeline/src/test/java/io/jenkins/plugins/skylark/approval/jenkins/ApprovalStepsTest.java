package io.jenkins.plugins.skylark.approval.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.ExtensionList;
import hudson.model.Cause;
import hudson.model.CauseAction;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.approval.ApprovalStatus;
import io.jenkins.plugins.skylark.context.jenkins.WithPlatformStep;
import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.delivery.jenkins.DeliveryEventListener;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.credentials.TestStringCredentials;
import io.jenkins.plugins.skylark.harness.persistence.SavedForm;
import io.jenkins.plugins.skylark.harness.pipeline.BuildResult;
import io.jenkins.plugins.skylark.harness.pipeline.InputDecision;
import io.jenkins.plugins.skylark.harness.pipeline.JenkinsSteps;
import io.jenkins.plugins.skylark.harness.pipeline.JenkinsfileRunner;
import io.jenkins.plugins.skylark.harness.pipeline.PipelineRun;
import io.jenkins.plugins.skylark.harness.steps.RiverRoundTrip;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import io.jenkins.plugins.skylark.platform.jenkins.PlatformConfig;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import io.jenkins.plugins.skylark.platform.jenkins.TestConfigs;
import io.jenkins.plugins.skylark.tenancy.jenkins.PlatformProjectProperty;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jenkinsci.plugins.workflow.support.steps.input.ApproverAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The request and check steps around a real (harness) {@code input}: an approval is recorded only from
 * the input's own record of who proceeded it, and only for an approver.
 */
class ApprovalStepsTest {
    private static final String ASK = """
            withPlatform(project: 'shop', environment: 'prod') {
                def request = platformApprovalRequest(message: 'Ship orders?', application: 'orders')
                input(id: request.id, message: request.message, ok: request.ok, submitter: request.submitter)
                def outcome = platformApprovalCheck(id: request.id)
                echo "approved=${outcome.approved} approver=${outcome.approver} reason=${outcome.reason}"
            }
            """;

    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @TempDir
    Path artifacts;

    private final List<DeliveryEvent> events = new CopyOnWriteArrayList<>();
    private StepRunner build;

    @BeforeEach
    void protectedProd() throws Exception {
        PlatformConfig platform = TestConfigs.valid();
        platform.setEnvironments(List.of(
                TestConfigs.environment("prod", "shop", "east", "shop-prod", 2, "alice, release-managers", null),
                TestConfigs.environment("dev", "shop", "east", "shop-dev", 1, "", null)));
        SkylarkConfiguration.get().setPlatform(platform);
        jenkins.credentials().addGlobal(new TestStringCredentials("east-token", "EAST-SECRET-VALUE"));
        jenkins.folder("shop").addProperty(new PlatformProjectProperty("shop"));
        jenkins.users().user("alice").user("carol", "release-managers").user("dev", "developers");
        ExtensionList.lookup(DeliveryEventListener.class).add(new DeliveryEventListener() {
            @Override
            public void onEvent(DeliveryEvent event, Run<?, ?> run, FilePath workspace, TaskListener listener) {
                events.add(event);
            }
        });
        build = jenkins.newBuild(jenkins.job("shop/orders"));
    }

    @Test
    void shouldRecordTheApproverTheInputRecordedAndPublishBothEvents() throws Exception {
        PipelineRun run = run(InputDecision.approveAs("carol"), ASK);

        assertThat(run.result()).as(run.log()).isEqualTo(BuildResult.SUCCESS);
        assertThat(run.log()).contains("Ship orders?", "Approve or Abort", "approved=true approver=carol");
        assertThat(build.log()).contains("Approval needed for protected environment shop/prod: waiting for one of alice,"
                + " release-managers.", "Deploys to shop/prod approved by carol.");
        ApprovalEntry entry = entries().get(0);
        assertThat(entry.getStatus()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(entry.getApprover()).isEqualTo("carol");
        assertThat(entry.getDecidedAt()).isNotNull();
        assertThat(entry.getMessage()).isEqualTo("Ship orders?");
        assertThat(approvals().approvedEnvironments()).containsExactly("shop/prod");
        assertThat(events).extracting(DeliveryEvent::type)
                .containsExactly(DeliveryEventType.APPROVAL_WAITING, DeliveryEventType.APPROVED);
        assertThat(events.get(0).attributes()).containsEntry("approvers", "alice,release-managers");
        assertThat(events.get(1).attributes()).containsEntry("approver", "carol");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.application()).isEqualTo("orders");
            assertThat(e.environment()).isEqualTo("prod");
        });
    }

    @Test
    void shouldRefuseACheckWithoutAnyInputSoAScriptCannotRecordAnApprovalItself() throws Exception {
        PipelineRun run = run(InputDecision.approveAs("alice"), """
                withPlatform(project: 'shop', environment: 'prod') {
                    def request = platformApprovalRequest()
                    platformApprovalCheck(id: request.id)
                }
                """);

        assertThat(run.result()).isEqualTo(BuildResult.FAILURE);
        assertThat(run.log()).contains("No approval for shop/prod: nobody proceeded the approval input");
        assertThat(entries().get(0).getStatus()).isEqualTo(ApprovalStatus.NOT_APPROVED);
        assertThat(approvals().approvedEnvironments()).isEmpty();
        assertThat(events).extracting(DeliveryEvent::type).containsExactly(DeliveryEventType.APPROVAL_WAITING);
    }

    @Test
    void shouldRefuseTheStarterWithFourEyesAndAskForAnotherApprover() throws Exception {
        PlatformConfig platform = SkylarkConfiguration.get().getPlatform();
        platform.getEnvironments().stream().filter(e -> e.getId().equals("prod")).forEach(e -> e.setFourEyes(true));
        SkylarkConfiguration.get().setPlatform(platform);
        build.build().addAction(new CauseAction(new Cause.UserIdCause("alice")));
        String twice = ASK.replace("def outcome = platformApprovalCheck(id: request.id)", """
                def outcome = platformApprovalCheck(id: request.id)
                    echo "first: approved=${outcome.approved} reason=${outcome.reason}"
                    input(id: request.id, message: request.message, ok: request.ok, submitter: request.submitter)
                    outcome = platformApprovalCheck(id: request.id)""");

        PipelineRun run = run(InputDecision.inOrder(InputDecision.approveAs("alice"), InputDecision.approveAs("carol")),
                twice);

        assertThat(run.result()).as(run.log()).isEqualTo(BuildResult.SUCCESS);
        assertThat(run.log()).contains("first: approved=false reason=alice started this build and cannot also approve it:"
                + " shop/prod requires four eyes", "approved=true approver=carol");
        assertThat(entries().get(0).getRefusals()).hasSize(1);
        assertThat(approvals().approvedEnvironments()).containsExactly("shop/prod");
    }

    @Test
    void shouldNotCountAnInputProceededBeforeTheRequest() throws Exception {
        PipelineRun run = run(InputDecision.approveAs("alice"), """
                input(message: 'Run the tests?')
                withPlatform(project: 'shop', environment: 'prod') {
                    def request = platformApprovalRequest()
                    platformApprovalCheck(id: request.id)
                }
                """);

        assertThat(run.result()).isEqualTo(BuildResult.FAILURE);
        assertThat(run.log()).contains("Approved by alice", "No approval for shop/prod: nobody proceeded the approval input");
        assertThat(approvals().approvedEnvironments()).isEmpty();
    }

    @Test
    void shouldRefuseAUserTheScriptMadeSubmitterWhoIsNoApprover() throws Exception {
        PipelineRun run = run(InputDecision.approveAs("dev"), ASK.replace("submitter: request.submitter",
                "submitter: 'dev', submitterParameter: 'who'"));

        assertThat(run.result()).as(run.log()).isEqualTo(BuildResult.SUCCESS);
        assertThat(run.log()).contains("approved=false approver=null reason=dev is not an approver of shop/prod"
                + " (approvers: alice, release-managers).");
        assertThat(entries().get(0).getStatus()).as("still waiting for a real approver").isEqualTo(ApprovalStatus.WAITING);
        assertThat(approvals().approvedEnvironments()).isEmpty();
    }

    @Test
    void shouldRefuseWhenAnotherInputWasProceededMeanwhile() throws Exception {
        PipelineRun run = run(InputDecision.approveAs("alice"), ASK.replace("def outcome",
                "input(message: 'Something else?')\n    def outcome"));

        assertThat(run.result()).isEqualTo(BuildResult.FAILURE);
        assertThat(run.log()).contains("several inputs were proceeded meanwhile (alice, alice)");
        assertThat(approvals().approvedEnvironments()).isEmpty();
    }

    @Test
    void shouldOnlyAskForProtectedEnvironments() throws Exception {
        PipelineRun run = run(InputDecision.approveAs("alice"),
                "withPlatform(project: 'shop', environment: 'dev') { platformApprovalRequest() }");

        assertThat(run.result()).isEqualTo(BuildResult.FAILURE);
        assertThat(run.log()).contains("Environment shop/dev is not protected: it needs no approval.");
    }

    @Test
    void shouldKeepAWaitingRequestThroughARestartAndApproveAfterIt() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> request = (Map<String, Object>) build.run(withPlatform(),
                body -> build.run(new ApprovalRequestStep(), body));
        assertThat(RiverRoundTrip.roundTrip(request)).as("the map returned into the CPS program").isEqualTo(request);
        assertThat(request).containsEntry("submitter", "alice,release-managers").containsEntry("ok", "Approve");

        ApprovalsAction reloaded = SavedForm.saveAndReload(build.build()).stream()
                .filter(ApprovalsAction.class::isInstance).map(ApprovalsAction.class::cast).findFirst().orElseThrow();
        build.build().replaceAction(reloaded);
        reloaded.onLoad(build.build());
        build.build().addAction(new ApproverAction("alice")); // what the input adds when alice proceeds it

        Object outcome = build.run(withPlatform(), body -> build.run(new ApprovalCheckStep((String) request.get("id")), body));

        assertThat(outcome).asString().contains("approved=true", "approver=alice");
        assertThat(SavedForm.roundTrip(approvals()).approvedEnvironments()).containsExactly("shop/prod");
    }

    private static WithPlatformStep withPlatform() {
        WithPlatformStep step = new WithPlatformStep("shop");
        step.setEnvironment("prod");
        return step;
    }

    private PipelineRun run(InputDecision decision, String jenkinsfile) throws Exception {
        JenkinsfileRunner runner = JenkinsfileRunner.in(Path.of(build.workspace().getRemote()), artifacts).inputs(decision);
        return JenkinsSteps.register(runner, build).run(jenkinsfile);
    }

    private ApprovalsAction approvals() {
        return build.build().getAction(ApprovalsAction.class);
    }

    private List<ApprovalEntry> entries() {
        return approvals().getEntries();
    }
}
