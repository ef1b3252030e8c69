package io.jenkins.plugins.skylark.platform;

import java.util.List;
import java.util.Locale;

/**
 * A tenant: owns namespaces on clusters, and the registry project its images go to.
 *
 * @param id DNS-1123 label, unique among projects; folders bind to it
 * @param displayName English (default) display name; optional, the id when blank
 * @param displayNameZh Simplified Chinese display name; optional
 * @param namespaces the cluster/namespace pairs this project owns; no two projects own the same pair
 * @param defaultRegistryId the registry images are pushed to; optional
 * @param registryProject the project (Harbor) or first path segment (OCI) in that registry; optional,
 *     needs {@code defaultRegistryId}; application image repositories must lie under it
 * @param servers the SonarQube and JIRA servers and the registry robot account; {@code null} =
 *     {@link ProjectServers#NONE}
 */
public record Project(
        String id,
        String displayName,
        String displayNameZh,
        List<NamespaceBinding> namespaces,
        String defaultRegistryId,
        String registryProject,
        ProjectServers servers) {

    public Project {
        displayName = displayName == null || displayName.isBlank() ? id : displayName;
        namespaces = Collections2.list(namespaces, "namespaces");
        servers = servers == null ? ProjectServers.NONE : servers;
    }

    /** A project as before it named servers: {@link ProjectServers#NONE}. */
    public Project(String id, String displayName, String displayNameZh, List<NamespaceBinding> namespaces,
            String defaultRegistryId, String registryProject) {
        this(id, displayName, displayNameZh, namespaces, defaultRegistryId, registryProject, null);
    }

    /** The Chinese display name for Chinese locales when one is set, the English one otherwise. */
    public String displayName(Locale locale) {
        boolean chinese = locale != null && "zh".equals(locale.getLanguage());
        return chinese && displayNameZh != null && !displayNameZh.isBlank() ? displayNameZh : displayName;
    }

    public boolean owns(String clusterId, String namespace) {
        return namespaces.contains(new NamespaceBinding(clusterId, namespace));
    }
}
