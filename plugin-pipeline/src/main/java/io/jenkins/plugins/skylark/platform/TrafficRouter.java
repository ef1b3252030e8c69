package io.jenkins.plugins.skylark.platform;

/** The traffic routers a cluster can offer for gray releases. */
public enum TrafficRouter {
    NGINX("nginx"),
    ISTIO("istio"),
    GATEWAY_API("gateway-api");

    private final String userName;

    TrafficRouter(String userName) {
        this.userName = userName;
    }

    /** The name users write in configuration and Jenkinsfiles: {@code nginx}, {@code istio}, {@code gateway-api}. */
    public String userName() {
        return userName;
    }

    /**
     * Parses a user-written name, case-insensitively; the enum constant name ({@code GATEWAY_API}) is
     * accepted too.
     *
     * @throws IllegalArgumentException naming the value and the accepted names
     */
    public static TrafficRouter parse(String value) {
        return EnumNames.parse(TrafficRouter.class, TrafficRouter::userName, value, "TrafficRouter.unknown");
    }
}
