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
 */
public record Application(
        String id,
        String projectId,
        List<Workload> workloads,
        String imageRepository,
        String manifestsPath) {

    public Application {
        workloads = Collections2.list(workloads, "workloads");
    }

    /** {@code project/application}, how users and messages name an application. */
    public String qualifiedId() {
        return projectId + "/" + id;
    }
}
