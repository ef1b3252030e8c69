package io.jenkins.plugins.skylark.tenancy;

/**
 * A job tried to act on a project its folders do not grant. The message is user-facing and names the
 * job, the folder (or says that no enclosing folder is bound) and the project.
 */
public class TenancyViolationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String jobFullName;
    private final String folderFullName;
    private final String projectId;

    public TenancyViolationException(String message, String jobFullName, String folderFullName, String projectId) {
        super(message);
        this.jobFullName = jobFullName;
        this.folderFullName = folderFullName;
        this.projectId = projectId;
    }

    public String getJobFullName() {
        return jobFullName;
    }

    /** The folder whose binding decided, or {@code null} when no enclosing folder is bound. */
    public String getFolderFullName() {
        return folderFullName;
    }

    /** The project the job asked for. */
    public String getProjectId() {
        return projectId;
    }
}
