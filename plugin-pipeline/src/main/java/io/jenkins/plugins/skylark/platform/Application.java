package io.jenkins.plugins.skylark.platform;

import java.util.List;

/**
 * Something a project builds and deploys.
 *
 * @param id DNS-1123 label, unique within its project (two projects may both have {@code web})
 * @param projectId the owning project
 * @param workloads at least one; (kind, name) unique
 * @param imageRepository repository path inside the registry, without host or tag ({@code shop/web});
 *     it must start with the project's registry project when that is set
 * @param manifestsPath workspace-relative directory or file of Kubernetes manifests; optional
 * @param build how it is built and analysed; {@code null} = {@link BuildSettings#NONE}
 */
public record Application(
        String id,
        String projectId,
        List<Workload> workloads,
        String imageRepository,
        String manifestsPath,
        BuildSettings build) {

    public Application {
        workloads = Collections2.list(workloads, "workloads");
        build = build == null ? BuildSettings.NONE : build;
    }

    /** An application as before build settings existed: {@link BuildSettings#NONE}. */
    public Application(String id, String projectId, List<Workload> workloads, String imageRepository,
            String manifestsPath) {
        this(id, projectId, workloads, imageRepository, manifestsPath, null);
    }

    /** {@code project/application}, how users and messages name an application. */
    public String qualifiedId() {
        return projectId + "/" + id;
    }
}
