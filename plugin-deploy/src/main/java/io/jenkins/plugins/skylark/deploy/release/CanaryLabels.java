package io.jenkins.plugins.skylark.deploy.release;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The labels that keep the canary's pods apart from the stable ones. With a router, every key of the stable
 * Service's selector gets {@code <value>-canary} on the canary pods, so the stable Service (and the stable
 * Deployment) never select them and the router alone decides the split. Without a router the canary pods keep
 * the stable selector's labels: the stable Service sends them their replica share of the traffic. Either way
 * they carry {@link #TRACK}{@code =canary}, which the canary Service selects.
 */
final class CanaryLabels {
    /** On the canary's pods, Deployment and Service. */
    static final String TRACK = "skylark.io/release-track";
    static final String CANARY = "canary";

    private CanaryLabels() {
    }

    /** {@code labels} as the canary's (pod labels, or a Deployment selector's match labels). */
    static Map<String, String> canary(Map<String, String> labels, Map<String, String> stableServiceSelector,
            RouterKind router) {
        Map<String, String> canary = new LinkedHashMap<>(labels == null ? Map.of() : labels);
        if (router != RouterKind.NONE) {
            stableServiceSelector.forEach((key, value) -> canary.put(key, value + "-" + CANARY));
        }
        canary.put(TRACK, CANARY);
        return canary;
    }

    /** The canary Service's selector: only canary pods, whatever the router. */
    static Map<String, String> canaryServiceSelector(Map<String, String> stableServiceSelector, RouterKind router) {
        return canary(stableServiceSelector, stableServiceSelector, router);
    }
}
