package io.jenkins.plugins.skylark.tenancy;

/**
 * A folder and the project it is bound to.
 *
 * @param folderFullName the folder's full name, e.g. {@code shop/backend}
 * @param projectId the bound project, or {@code null} (or blank) when the folder is not bound
 */
public record FolderBinding(String folderFullName, String projectId) {

    public FolderBinding {
        if (folderFullName == null || folderFullName.isBlank()) {
            throw new IllegalArgumentException("folderFullName must not be empty");
        }
        projectId = projectId == null || projectId.isBlank() ? null : projectId.strip();
    }

    public boolean isBound() {
        return projectId != null;
    }
}
