package io.jenkins.plugins.skylark.harness.kubernetes.traffic;

/** Where simulated requests enter, and so which router objects decide where they go. */
enum Entry {
    /** Through the NGINX ingress controller: Ingresses of its class, canary Ingresses by their annotations. */
    INGRESS,
    /** Through a Gateway API implementation: HTTPRoute rules and backendRef weights. */
    HTTP_ROUTE,
    /** Inside an Istio mesh: VirtualService http routes and DestinationRule subsets, else the Service. */
    VIRTUAL_SERVICE,
    /** Straight to a Service (no router): its ready pods share the requests. */
    SERVICE
}
