package io.jenkins.plugins.skylark.image.jenkins;

import io.jenkins.plugins.skylark.platform.jenkins.ApplicationConfig;
import io.jenkins.plugins.skylark.platform.jenkins.PlatformConfig;
import io.jenkins.plugins.skylark.platform.jenkins.ProjectConfig;
import io.jenkins.plugins.skylark.platform.jenkins.RegistryConfig;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import io.jenkins.plugins.skylark.platform.jenkins.WorkloadConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The platform of these tests, configured as a form would: project {@code shop} with application
 * {@code orders} ({@code shop/orders}) and, when given, the registry {@code lab} as its default; project
 * {@code blog} without a registry. Projects own no namespaces, so {@code withPlatform} needs no cluster.
 */
final class ImagePlatform {
    static final String REGISTRY_CREDENTIALS = "lab-push";

    private ImagePlatform() {
    }

    /** Puts the platform in force; {@code registryUrl} {@code null} leaves {@code shop} without a registry. */
    static void configure(String registryUrl) {
        PlatformConfig platform = new PlatformConfig();
        List<RegistryConfig> registries = new ArrayList<>();
        if (registryUrl != null) {
            RegistryConfig lab = new RegistryConfig("lab");
            lab.setUrl(registryUrl);
            lab.setCredentialsId(REGISTRY_CREDENTIALS);
            lab.setKind("oci");
            lab.setInsecure(true); // loopback registry with a self-signed certificate
            registries.add(lab);
        }
        platform.setRegistries(registries);
        platform.setProjects(List.of(project("shop", registryUrl == null ? null : "lab"), project("blog", null)));
        platform.setApplications(List.of(application("orders", "shop"), application("site", "blog")));
        SkylarkConfiguration.get().setPlatform(platform);
    }

    private static ProjectConfig project(String id, String registryId) {
        ProjectConfig project = new ProjectConfig(id);
        project.setDisplayName(id);
        project.setDefaultRegistryId(registryId);
        project.setRegistryProject(registryId == null ? null : id);
        return project;
    }

    private static ApplicationConfig application(String id, String projectId) {
        ApplicationConfig application = new ApplicationConfig(id, projectId);
        application.setImageRepository(projectId + "/" + id);
        WorkloadConfig workload = new WorkloadConfig("Deployment", id);
        workload.setContainers(id);
        application.setWorkloads(List.of(workload));
        return application;
    }
}
