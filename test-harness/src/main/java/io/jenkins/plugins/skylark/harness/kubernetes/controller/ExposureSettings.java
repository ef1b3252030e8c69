package io.jenkins.plugins.skylark.harness.kubernetes.controller;

import java.time.Duration;
import java.util.Map;

/**
 * What the simulated ingress controller and Gateway API implementation do.
 *
 * @param ingressAddresses per IngressClass name the address its controller assigns (IP or hostname)
 * @param delay how long (simulated time) a controller takes to program a new Ingress or a new generation of an
 *     HTTPRoute, and to program a Gateway
 */
public record ExposureSettings(Map<String, String> ingressAddresses, Duration delay) {

    /** {@code spec.controller} of the IngressClasses the simulated ingress controller serves. */
    public static final String INGRESS_CONTROLLER = "skylark.jenkins.io/fake-ingress-controller";
    /** {@code spec.controllerName} of the GatewayClasses the simulated Gateway API implementation serves. */
    public static final String GATEWAY_CONTROLLER = "skylark.jenkins.io/fake-gateway-controller";
    /** The annotation marking the default IngressClass. */
    public static final String DEFAULT_INGRESS_CLASS = "ingressclass.kubernetes.io/is-default-class";

    public ExposureSettings {
        ingressAddresses = Map.copyOf(ingressAddresses);
    }

    /** No ingress controller; routes of the fake's gateways take two simulated seconds. */
    public static ExposureSettings defaults() {
        return new ExposureSettings(Map.of(), Duration.ofSeconds(2));
    }
}
