package io.jenkins.plugins.skylark.harness.kubernetes;

import com.google.common.net.InetAddresses;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.jenkins.plugins.skylark.harness.kubernetes.controller.ExposureSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Gateway the fake cluster starts with, served by the simulated Gateway API implementation: HTTP listeners on
 * port 80, one per hostname ({@code http-1}, {@code http-2} …) or a single {@code http} listener for any hostname,
 * each admitting HTTPRoutes from all namespaces, and the requested address.
 */
record GatewayDeclaration(String namespace, String name, String gatewayClassName, String address,
        List<String> listenerHostnames) {

    GatewayDeclaration {
        ExposureSetup.requireText(namespace, "gateway namespace");
        ExposureSetup.requireText(name, "gateway name");
        ExposureSetup.requireText(gatewayClassName, "gateway class name");
        ExposureSetup.requireText(address, "gateway address");
        listenerHostnames = List.copyOf(listenerHostnames);
    }

    GenericKubernetesResource gatewayClass() {
        return object("GatewayClass", gatewayClassName, null,
                Map.of("controllerName", ExposureSettings.GATEWAY_CONTROLLER));
    }

    GenericKubernetesResource gateway() {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("gatewayClassName", gatewayClassName);
        spec.put("addresses", List.of(Map.of("type", InetAddresses.isInetAddress(address)
                ? "IPAddress" : "Hostname", "value", address)));
        List<Map<String, Object>> listeners = new ArrayList<>();
        if (listenerHostnames.isEmpty()) {
            listeners.add(listener("http", null));
        }
        for (int i = 0; i < listenerHostnames.size(); i++) {
            listeners.add(listener("http-" + (i + 1), listenerHostnames.get(i)));
        }
        spec.put("listeners", listeners);
        return object("Gateway", name, namespace, spec);
    }

    private static Map<String, Object> listener(String name, String hostname) {
        Map<String, Object> listener = new LinkedHashMap<>();
        listener.put("name", name);
        listener.put("protocol", "HTTP");
        listener.put("port", 80);
        if (hostname != null) {
            listener.put("hostname", hostname);
        }
        listener.put("allowedRoutes", Map.of("namespaces", Map.of("from", "All")));
        return listener;
    }

    private static GenericKubernetesResource object(String kind, String name, String namespace, Object spec) {
        return new GenericKubernetesResourceBuilder().withApiVersion(GatewayApiCrds.GROUP + "/v1").withKind(kind)
                .withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
                .addToAdditionalProperties("spec", spec).build();
    }
}
