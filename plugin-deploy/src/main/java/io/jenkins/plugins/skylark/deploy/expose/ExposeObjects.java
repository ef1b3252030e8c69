package io.jenkins.plugins.skylark.deploy.expose;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPathBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRuleBuilder;
import io.jenkins.plugins.skylark.deploy.workload.SkylarkLabels;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The objects of a valid expose request: the Service (when asked for) and the route, an Ingress or a
 * Gateway API HTTPRoute, all named after the application and labelled with it, so that later steps
 * (unexpose, the conflict check) find what Skylark created.
 */
public final class ExposeObjects {
    public static final String GATEWAY_API_VERSION = "gateway.networking.k8s.io/v1";
    public static final String HTTP_ROUTE = "HTTPRoute";

    private ExposeObjects() {
    }

    /** Validates {@code request} ({@link InvalidExposeException}) and builds its objects, Service first. */
    public static List<HasMetadata> of(ExposeRequest request) {
        ExposeValidator.validate(request);
        List<HasMetadata> objects = new ArrayList<>();
        if (request.createService()) {
            objects.add(service(request));
        }
        objects.add(request.router().kind() == Router.Kind.INGRESS ? ingress(request) : httpRoute(request));
        return objects;
    }

    /** Selects the pods by the application label the deploy put on every pod template. */
    static Service service(ExposeRequest request) {
        return new ServiceBuilder().withMetadata(metadata(request, Map.of()))
                .withNewSpec().withSelector(Map.of(SkylarkLabels.APPLICATION, request.application()))
                .addNewPort().withName("http").withProtocol("TCP").withPort(request.port())
                .withNewTargetPort(request.port()).endPort().endSpec().build();
    }

    static Ingress ingress(ExposeRequest request) {
        List<HTTPIngressPath> paths = request.paths().stream().map(path -> new HTTPIngressPathBuilder()
                .withPath(path.path()).withPathType(path.type().ingressName())
                .withNewBackend().withNewService().withName(request.application())
                .withNewPort().withNumber(request.port()).endPort().endService().endBackend().build()).toList();
        List<IngressRule> rules = request.hosts().stream().map(host -> new IngressRuleBuilder().withHost(host)
                .withNewHttp().withPaths(paths).endHttp().build()).toList();
        IngressBuilder ingress = new IngressBuilder().withMetadata(metadata(request, request.annotations()))
                .withNewSpec().withIngressClassName(request.router().ingressClass()).withRules(rules).endSpec();
        if (request.tlsSecret() != null) {
            ingress.editSpec().addNewTl().withHosts(request.hosts()).withSecretName(request.tlsSecret()).endTl()
                    .endSpec();
        }
        return ingress.build();
    }

    /** Fields per the Gateway API's HTTPRoute v1: parentRefs, hostnames, rules[].matches/backendRefs. */
    static GenericKubernetesResource httpRoute(ExposeRequest request) {
        Router router = request.router();
        Map<String, Object> parent = new LinkedHashMap<>();
        parent.put("group", "gateway.networking.k8s.io");
        parent.put("kind", "Gateway");
        parent.put("name", router.gatewayName());
        if (router.gatewayNamespace() != null) {
            parent.put("namespace", router.gatewayNamespace());
        }
        List<Map<String, Object>> matches = request.paths().stream()
                .map(path -> Map.<String, Object>of("path", Map.of("type", path.type().gatewayName(),
                        "value", path.path()))).toList();
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("matches", matches);
        rule.put("backendRefs", List.of(Map.of("name", request.application(), "port", request.port())));
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("parentRefs", List.of(parent));
        spec.put("hostnames", request.hosts());
        spec.put("rules", List.of(rule));

        GenericKubernetesResource route = new GenericKubernetesResource();
        route.setApiVersion(GATEWAY_API_VERSION);
        route.setKind(HTTP_ROUTE);
        route.setMetadata(metadata(request, request.annotations()));
        route.setAdditionalProperty("spec", spec);
        return route;
    }

    private static ObjectMeta metadata(ExposeRequest request, Map<String, String> extra) {
        Map<String, String> annotations = new LinkedHashMap<>(extra);
        if (request.buildUrl() != null && !request.buildUrl().isBlank()) {
            annotations.put(SkylarkLabels.BUILD_URL, request.buildUrl());
        }
        return new ObjectMetaBuilder().withName(request.application()).withNamespace(request.namespace())
                .withLabels(Map.of(SkylarkLabels.APPLICATION, request.application(), SkylarkLabels.EXPOSED, "true"))
                .withAnnotations(annotations.isEmpty() ? null : annotations).build();
    }
}
