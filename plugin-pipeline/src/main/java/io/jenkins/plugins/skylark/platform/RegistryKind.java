package io.jenkins.plugins.skylark.platform;

import java.util.Locale;

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
        return EnumNames.parse(RegistryKind.class, kind -> kind.name().toLowerCase(Locale.ROOT), value,
                "RegistryKind.unknown");
    }
}
