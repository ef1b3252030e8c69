package io.jenkins.plugins.skylark.harness.kubernetes.api;

import java.util.List;

/**
 * One kind the fake API server serves, as discovery describes it.
 *
 * @param group API group, empty for core
 * @param version API version
 * @param plural REST resource name
 * @param kind object kind
 * @param namespaced whether objects live in namespaces
 * @param shortNames kubectl short names
 * @param status whether the kind has a {@code status} subresource (main-resource writes keep the status)
 * @param scale whether the kind has a {@code scale} subresource
 */
public record ResourceType(String group, String version, String plural, String kind, boolean namespaced,
        List<String> shortNames, boolean status, boolean scale) {

    static ResourceType core(String plural, String kind, boolean namespaced, boolean status, String... shortNames) {
        return new ResourceType("", "v1", plural, kind, namespaced, List.of(shortNames), status, false);
    }

    static ResourceType of(String group, String plural, String kind, boolean status, boolean scale,
            String... shortNames) {
        return new ResourceType(group, "v1", plural, kind, true, List.of(shortNames), status, scale);
    }

    public String apiVersion() {
        return group.isEmpty() ? version : group + "/" + version;
    }

    /** The resource as error messages name it: {@code deployments.apps}, or {@code configmaps} for core. */
    public String qualifiedPlural() {
        return group.isEmpty() ? plural : plural + "." + group;
    }

    public String singular() {
        return kind.toLowerCase(java.util.Locale.ROOT);
    }
}
