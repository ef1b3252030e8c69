package io.jenkins.plugins.skylark.harness.kubernetes.traffic;

import java.util.Map;

/**
 * A Service a router may send a request to.
 *
 * @param service the Service name (in the request's namespace)
 * @param subset extra pod labels the endpoints must carry (an Istio DestinationRule subset), else empty
 * @param weight the relative share of requests it receives among the route's backends
 * @param canaryUpstream for NGINX, the upstream of a canary Ingress's backend ({@code namespace-service-port},
 *     the exporter's {@code canary} label); empty for the stable backend and for other routers
 */
record Backend(String service, Map<String, String> subset, long weight, String canaryUpstream) {

    Backend {
        subset = Map.copyOf(subset);
    }

    static Backend of(String service, long weight) {
        return new Backend(service, Map.of(), weight, "");
    }

    Backend withWeight(long newWeight) {
        return new Backend(service, subset, newWeight, canaryUpstream);
    }

    /** A name for this backend's pod round-robin. */
    String key() {
        return service + subset;
    }
}
