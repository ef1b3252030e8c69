package io.jenkins.plugins.skylark.platform;

import java.util.Arrays;
import java.util.stream.Collectors;

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
        String text = value == null ? "" : value.trim();
        for (TrafficRouter router : values()) {
            if (router.userName.equalsIgnoreCase(text) || router.name().equalsIgnoreCase(text)) {
                return router;
            }
        }
        throw new IllegalArgumentException(Messages.get("TrafficRouter.unknown", value, userNames()));
    }

    static String userNames() {
        return Arrays.stream(values()).map(TrafficRouter::userName).collect(Collectors.joining(", "));
    }
}
