package io.jenkins.plugins.skylark.harness.kubernetes;

import io.fabric8.kubernetes.api.model.networking.v1.IngressClassBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.harness.kubernetes.controller.ExposureSettings;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ingress controllers, Gateway API and gateways a fake cluster is built with, and the objects a real cluster
 * would have for them (IngressClasses, the Gateway API CRDs, GatewayClasses and Gateways), created at start-up.
 */
final class ExposureSetup {

    private final Map<String, String> ingressAddresses = new LinkedHashMap<>();
    private String defaultIngressClass;
    private boolean gatewayApi;
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
    }

    static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
