package io.jenkins.plugins.skylark.platform;

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
        return EnumNames.parse(RouteKind.class, RouteKind::userName, value, "RouteKind.unknown");
    }
}
