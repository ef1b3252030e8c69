package io.jenkins.plugins.skylark.platform;

/** What an image registry speaks beyond the OCI distribution API. */
public enum RegistryKind {
    /** Harbor: OCI distribution plus the {@code /api/v2.0} project, scan and label API. */
    HARBOR,
    /** Any registry speaking only the OCI distribution API (docker-registry, Nexus, ACR …). */
    OCI;

    /**
     * Parses {@code harbor} or {@code oci}, case-insensitively.
     *
     * @throws IllegalArgumentException naming the value and the accepted names
     */
    public static RegistryKind parse(String value) {
        String text = value == null ? "" : value.trim();
        for (RegistryKind kind : values()) {
            if (kind.name().equalsIgnoreCase(text)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(Messages.get("RegistryKind.unknown", value, "harbor, oci"));
    }
}
