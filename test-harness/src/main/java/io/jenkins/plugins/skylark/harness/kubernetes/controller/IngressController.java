package io.jenkins.plugins.skylark.harness.kubernetes.controller;

import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressClass;
import io.fabric8.kubernetes.api.model.networking.v1.IngressLoadBalancerIngress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressLoadBalancerIngressBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.harness.kubernetes.FailureInjection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A simulated ingress controller for the IngressClasses the fake was given: an Ingress of such a class (named in
 * {@code spec.ingressClassName}, the legacy {@code kubernetes.io/ingress.class} annotation, or the one default
 * class when it names none) gets the class's address in {@code status.loadBalancer.ingress} after the exposure
 * delay. Ingresses of other classes are left alone, as no controller on a real cluster claims them.
 */
final class IngressController {

    private static final String LEGACY_CLASS = "kubernetes.io/ingress.class";

    private final KubernetesClient client;
    private final Map<String, String> addresses;
    private final FailureInjection failures;
    private final ExposureDelay delay;

    IngressController(KubernetesClient client, Map<String, String> addresses, FailureInjection failures,
            ExposureDelay delay) {
        this.client = client;
        this.addresses = addresses;
        this.failures = failures;
        this.delay = delay;
    }

    /** Programs the Ingresses; true while one it serves still waits for its address. */
    boolean reconcile(List<Ingress> ingresses, List<IngressClass> classes) {
        boolean waiting = false;
        for (Ingress ingress : ingresses) {
            Optional<String> served = classOf(ingress, classes).filter(c -> serves(c, classes));
            if (served.isEmpty() || ingress.getMetadata().getDeletionTimestamp() != null) {
                continue;
            }
            IngressLoadBalancerIngress address = address(addresses.get(served.get()));
            if (hasAddress(ingress, address)) {
                continue;
            }
            if (failures.silencesIngressClass(served.get()) || !delay.due(ingress.getMetadata().getUid())) {
                waiting = true;
                continue;
            }
            ingress.setStatus(new IngressStatusBuilder().withNewLoadBalancer().withIngress(address).endLoadBalancer()
                    .build());
            client.network().v1().ingresses().inNamespace(ingress.getMetadata().getNamespace()).resource(ingress)
                    .updateStatus();
        }
        return waiting;
    }

    private boolean serves(String className, List<IngressClass> classes) {
        return addresses.containsKey(className) && classes.stream()
                .anyMatch(c -> c.getMetadata().getName().equals(className) && c.getSpec() != null
                        && ExposureSettings.INGRESS_CONTROLLER.equals(c.getSpec().getController()));
    }

    static Optional<String> classOf(Ingress ingress, List<IngressClass> classes) {
        if (ingress.getSpec() != null && ingress.getSpec().getIngressClassName() != null) {
            return Optional.of(ingress.getSpec().getIngressClassName());
        }
        Map<String, String> annotations = ingress.getMetadata().getAnnotations();
        if (annotations != null && annotations.containsKey(LEGACY_CLASS)) {
            return Optional.of(annotations.get(LEGACY_CLASS));
        }
        List<String> defaults = classes.stream().filter(IngressController::isDefault)
                .map(c -> c.getMetadata().getName()).toList();
        return defaults.size() == 1 ? Optional.of(defaults.get(0)) : Optional.empty();
    }

    private static boolean isDefault(IngressClass c) {
        Map<String, String> annotations = c.getMetadata().getAnnotations();
        return annotations != null && "true".equals(annotations.get(ExposureSettings.DEFAULT_INGRESS_CLASS));
    }

    private static IngressLoadBalancerIngress address(String address) {
        IngressLoadBalancerIngressBuilder b = new IngressLoadBalancerIngressBuilder();
        return (Addresses.isIp(address) ? b.withIp(address) : b.withHostname(address)).build();
    }

    private static boolean hasAddress(Ingress ingress, IngressLoadBalancerIngress address) {
        return ingress.getStatus() != null && ingress.getStatus().getLoadBalancer() != null
                && Objects.equals(ingress.getStatus().getLoadBalancer().getIngress(), List.of(address));
    }
}
