package io.jenkins.plugins.skylark.harness.kubernetes.controller;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.harness.kubernetes.FailureInjection;
import io.jenkins.plugins.skylark.harness.kubernetes.SimulatedClock;
import java.util.HashMap;
import java.util.Map;

/** The controllers that expose applications: the simulated ingress controller and Gateway API implementation. */
final class ExposureControllers {

    private final KubernetesClient client;
    private final ExposureDelay delay;
    private final IngressController ingresses;
    private final HttpRouteController routes;
    private final GatewayController gateways;

    ExposureControllers(KubernetesClient client, SimulatedClock clock, FailureInjection failures,
            ExposureSettings settings) {
        this.client = client;
        this.delay = new ExposureDelay(clock, settings.delay());
        this.ingresses = new IngressController(client, settings.ingressAddresses(), failures, delay);
        StatusWriter writer = new StatusWriter(client);
        this.routes = new HttpRouteController(writer, failures, delay);
        this.gateways = new GatewayController(writer, delay);
    }

    /** One pass; true while something they serve still waits to be programmed (time or a failure rule). */
    boolean reconcile() {
        try {
            boolean waiting = ingresses.reconcile(client.network().v1().ingresses().inAnyNamespace().list().getItems(),
                    client.network().v1().ingressClasses().list().getItems());
            GatewayObjects objects = GatewayObjects.read(client);
            Map<String, Integer> attached = new HashMap<>();
            waiting |= routes.reconcile(objects, attached);
            return gateways.reconcile(objects, attached) || waiting;
        } finally {
            delay.endPass();
        }
    }
}
