package io.jenkins.plugins.skylark.platform;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The kind of object that exposes an application: an Ingress, or a Gateway API HTTPRoute. */
public enum RouteKind {
    INGRESS("ingress"),
    GATEWAY("gateway");

    private final String userName;

    RouteKind(String userName) {
        this.userName = userName;
    }

    /** The name users write: {@code ingress} or {@code gateway}. */
    public String userName() {
        return userName;
    }

    /**
     * Parses a user-written name, case-insensitively.
     *
     * @throws IllegalArgumentException naming the value and the accepted names
     */
    public static RouteKind parse(String value) {
        String text = value == null ? "" : value.trim();
        for (RouteKind kind : values()) {
            if (kind.userName.equalsIgnoreCase(text) || kind.name().equalsIgnoreCase(text)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(Messages.get("RouteKind.unknown", value,
                Arrays.stream(values()).map(RouteKind::userName).collect(Collectors.joining(", "))));
    }
}
