package io.jenkins.plugins.skylark.approval.jenkins;

import hudson.model.Run;
import io.jenkins.plugins.skylark.platform.jenkins.BuildSummaryAction;
import io.jenkins.plugins.skylark.approval.ApprovalStatus;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The approvals of one build: every {@code platformApprove} request and how it ended, shown on the build
 * page ({@code summary.jelly}) and read by the deploy steps' gate. Saved with the build, so a request
 * waiting in its input survives a controller restart. Only the request and check steps change it, and
 * an approval is recorded only from what the input step itself added to the build.
 */
public final class ApprovalsAction extends BuildSummaryAction {
    // Copy-on-write: Jenkins may save the build (XStream iterates the list) while a step adds to it.
    private final List<ApprovalEntry> entries = new CopyOnWriteArrayList<>();

    /** The build's action, added when missing. */
    static synchronized ApprovalsAction of(Run<?, ?> run) {
        ApprovalsAction action = run.getAction(ApprovalsAction.class);
        if (action == null) {
            action = new ApprovalsAction();
            run.addAction(action);
        }
        return action;
    }

    synchronized ApprovalEntry request(String project, String environment, String application, String message,
            List<String> approvers, long now, int approvalsBefore) {
        ApprovalEntry entry = new ApprovalEntry("skylark-approval-" + UUID.randomUUID(), project, environment,
                application, message, approvers, now, approvalsBefore);
        entries.add(entry);
        return entry;
    }

    synchronized ApprovalEntry entry(String id) {
        return entries.stream().filter(e -> e.getId().equals(id)).findFirst().orElse(null);
    }

    /** Qualified ids ({@code project/environment}) of the environments this build holds an approval for. */
    public synchronized List<String> approvedEnvironments() {
        return entries.stream().filter(e -> e.getStatus() == ApprovalStatus.APPROVED)
                .map(ApprovalEntry::getQualifiedEnvironment).distinct().toList();
    }

    /** For the page, oldest first. */
    public synchronized List<ApprovalEntry> getEntries() {
        return List.copyOf(entries);
    }

    @Override
    public String getDisplayName() {
        return Messages.page("ApprovalsAction.displayName");
    }
}
