package io.jenkins.plugins.skylark.approval.jenkins;

import io.jenkins.plugins.skylark.approval.ApprovalStatus;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * One approval request of a build and how it ended, as saved in {@code build.xml}: strings, numbers, a
 * list and an enum only (XStream with Jenkins' class filter; no record, which XStream cannot rebuild).
 */
public final class ApprovalEntry {
    private final String id;
    private final String project;
    private final String environment;
    private final String application;
    private final String message;
    private final ArrayList<String> approvers;
    private final long requestedAt;
    /** How many input approvals ({@code ApproverAction}s) the build held before the input of this request. */
    private int approvalsBefore;
    private ApprovalStatus status = ApprovalStatus.WAITING;
    private String approver;
    private long decidedAt;
    private final ArrayList<String> refusals = new ArrayList<>();

    ApprovalEntry(String id, String project, String environment, String application, String message,
            List<String> approvers, long requestedAt, int approvalsBefore) {
        this.id = id;
        this.project = project;
        this.environment = environment;
        this.application = application;
        this.message = message;
        this.approvers = new ArrayList<>(approvers);
        this.requestedAt = requestedAt;
        this.approvalsBefore = approvalsBefore;
    }

    void approve(String user, long at) {
        status = ApprovalStatus.APPROVED;
        approver = user;
        decidedAt = at;
    }

    /** A proceed that does not count; the request keeps waiting for an input answered after {@code approvalsNow}. */
    void refuse(String reason, int approvalsNow) {
        refusals.add(reason);
        approvalsBefore = approvalsNow;
    }

    void end(String reason, long at) {
        status = ApprovalStatus.NOT_APPROVED;
        refusals.add(reason);
        decidedAt = at;
    }

    public String getId() {
        return id;
    }

    public String getProject() {
        return project;
    }

    public String getEnvironment() {
        return environment;
    }

    /** {@code project/environment}. */
    public String getQualifiedEnvironment() {
        return project + "/" + environment;
    }

    /** What the delivery events name as the application. */
    public String getApplication() {
        return application;
    }

    public String getMessage() {
        return message;
    }

    public List<String> getApprovers() {
        return List.copyOf(approvers);
    }

    /** The approvers as the page lists them. */
    public String getApproversText() {
        return String.join(", ", approvers);
    }

    public Date getRequestedAt() {
        return new Date(requestedAt);
    }

    int getApprovalsBefore() {
        return approvalsBefore;
    }

    public ApprovalStatus getStatus() {
        return status;
    }

    /** Who approved; {@code null} unless approved. */
    public String getApprover() {
        return approver;
    }

    /** When it was approved or ended; {@code null} while waiting. */
    public Date getDecidedAt() {
        return status == ApprovalStatus.WAITING ? null : new Date(decidedAt);
    }

    /** Why proceeds did not count, oldest first. */
    public List<String> getRefusals() {
        return List.copyOf(refusals);
    }
}
