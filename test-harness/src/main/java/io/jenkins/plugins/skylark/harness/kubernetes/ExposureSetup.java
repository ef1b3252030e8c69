package io.jenkins.plugins.skylark.harness.kubernetes;

import io.fabric8.kubernetes.api.model.networking.v1.IngressClassBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.harness.kubernetes.controller.ExposureSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The ingress controllers, Gateway API, Istio and gateways a fake cluster is built with, and the objects a real cluster
 * would have for them (IngressClasses, the Gateway API and Istio CRDs, GatewayClasses and Gateways), created at start-up.
 */
final class ExposureSetup {

    private final Map<String, String> ingressAddresses = new LinkedHashMap<>();
    private String defaultIngressClass;
    private boolean gatewayApi;
    private boolean istio;
    private final List<GatewayDeclaration> gateways = new ArrayList<>();
    private Duration delay = ExposureSettings.defaults().delay();

    void ingressController(String className, String address, boolean isDefault) {
        requireText(className, "ingress class name");
        requireText(address, "ingress controller address");
        if (isDefault && defaultIngressClass != null && !defaultIngressClass.equals(className)) {
            throw new IllegalArgumentException("default ingress class already declared: " + defaultIngressClass);
        }
        ingressAddresses.put(className, address);
        if (isDefault) {
            defaultIngressClass = className;
        }
    }

    void gatewayApi() {
        gatewayApi = true;
    }

    void istio() {
        istio = true;
    }

    void gateway(GatewayDeclaration gateway) {
        gateways.add(gateway);
        gatewayApi = true;
    }

    void delay(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("exposure delay must not be negative, was " + delay);
        }
        this.delay = delay;
    }

    ExposureSettings settings() {
        return new ExposureSettings(ingressAddresses, delay);
    }

    void install(KubernetesClient client) {
        for (String name : ingressAddresses.keySet()) {
            Map<String, String> annotations = name.equals(defaultIngressClass)
                    ? Map.of(ExposureSettings.DEFAULT_INGRESS_CLASS, "true") : Map.of();
            client.network().v1().ingressClasses().resource(new IngressClassBuilder().withNewMetadata().withName(name)
                    .addToAnnotations(annotations).endMetadata()
                    .withNewSpec().withController(ExposureSettings.INGRESS_CONTROLLER).endSpec().build()).create();
        }
        if (gatewayApi) {
            GatewayApiCrds.install(client);
        }
        if (istio) {
            IstioCrds.install(client);
        }
        gateways.stream().map(GatewayDeclaration::gatewayClass)
                .collect(Collectors.toMap(c -> c.getMetadata().getName(), c -> c, (a, b) -> a, LinkedHashMap::new))
                .values().forEach(c -> client.resource(c).create());
        gateways.forEach(g -> client.resource(g.gateway()).create());
    }

    static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
