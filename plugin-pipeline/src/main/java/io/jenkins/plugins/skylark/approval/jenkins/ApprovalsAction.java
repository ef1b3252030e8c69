package io.jenkins.plugins.skylark.approval.jenkins;

import hudson.model.Run;
import io.jenkins.plugins.skylark.approval.ApprovalStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jenkins.model.RunAction2;

/**
 * The approvals of one build: every {@code platformApprove} request and how it ended, shown on the build
 * page ({@code summary.jelly}) and read by the deploy steps' gate. Saved with the build, so a request
 * waiting in its input survives a controller restart. Only the request and check steps change it, and
 * an approval is recorded only from what the input step itself added to the build.
 */
public final class ApprovalsAction implements RunAction2 {
    private final List<ApprovalEntry> entries = new ArrayList<>();
    private transient Run<?, ?> run;

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
    public void onAttached(Run<?, ?> r) {
        this.run = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        this.run = r;
    }

    @Override
    public String getIconFileName() {
        return null; // shown in the build's summary, no page of its own
    }

    @Override
    public String getDisplayName() {
        return Messages.page("ApprovalsAction.displayName");
    }

    @Override
    public String getUrlName() {
        return null;
    }
}
