package io.jenkins.plugins.skylark.deploy.expose;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.jenkins.plugins.skylark.deploy.workload.SkylarkLabels;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Refuses an expose whose host and path another application's Ingress or HTTPRoute in the namespace
 * already serves, or whose route name another application's object holds. Only explicit, equal hosts
 * collide: a host-less or wildcard route yields to an exact host in both APIs, so it takes nothing away.
 * An object without Skylark's application label belongs to someone else.
 */
public final class RouteConflicts {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(RouteConflicts.class);
    /** An HTTPRoute match without a path matches every path (the API's default {@code PathPrefix /}). */
    private static final String DEFAULT_PATH = "/";

    private RouteConflicts() {
    }

    /** A host and path some route serves. */
    record Served(String host, String path) {
    }

    /** Throws {@link InvalidExposeException} naming both routes for every collision with {@code existing}. */
    public static void check(ExposeRequest request, List<? extends HasMetadata> existing) {
        String ourKind = request.router().kind() == Router.Kind.INGRESS ? "Ingress" : ExposeObjects.HTTP_ROUTE;
        List<String> problems = new ArrayList<>();
        for (HasMetadata object : existing) {
            String owner = owner(object);
            if (request.application().equals(owner)) {
                continue;
            }
            String name = object.getKind() + " " + object.getMetadata().getNamespace() + "/"
                    + object.getMetadata().getName();
            String ownerText = owner == null ? TEXT.format("owner.unknown") : owner;
            if (ourKind.equals(object.getKind()) && request.application().equals(object.getMetadata().getName())) {
                problems.add(TEXT.format("conflict.name", name, ownerText, request.application()));
            }
            for (Served served : served(object)) {
                if (collides(request, served)) {
                    problems.add(TEXT.format("conflict.route", served.host(), served.path(), name, ownerText,
                            request.application()));
                }
            }
        }
        InvalidExposeException.throwIfAny(problems);
    }

    private static boolean collides(ExposeRequest request, Served served) {
        return served.host() != null
                && request.hosts().stream().anyMatch(host -> host.equalsIgnoreCase(served.host()))
                && request.paths().stream().anyMatch(path -> path.path().equals(served.path()));
    }

    private static String owner(HasMetadata object) {
        Map<String, String> labels = object.getMetadata().getLabels();
        return labels == null ? null : labels.get(SkylarkLabels.APPLICATION);
    }

    /** The explicit hosts and paths of an Ingress or HTTPRoute; other kinds serve nothing. */
    static List<Served> served(HasMetadata object) {
        if (object instanceof Ingress ingress) {
            return ingressServed(ingress);
        }
        if (object instanceof GenericKubernetesResource generic && ExposeObjects.HTTP_ROUTE.equals(generic.getKind())
                && ExposeObjects.GATEWAY_API_VERSION.equals(generic.getApiVersion())) {
            return routeServed(generic);
        }
        return List.of();
    }

    private static List<Served> ingressServed(Ingress ingress) {
        List<Served> served = new ArrayList<>();
        if (ingress.getSpec() == null || ingress.getSpec().getRules() == null) {
            return served;
        }
        for (IngressRule rule : ingress.getSpec().getRules()) {
            if (rule.getHttp() == null || rule.getHttp().getPaths() == null) {
                continue;
            }
            for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                served.add(new Served(lower(rule.getHost()), path.getPath() == null ? DEFAULT_PATH : path.getPath()));
            }
        }
        return served;
    }

    private static List<Served> routeServed(GenericKubernetesResource route) {
        Map<String, Object> spec = Json.map(route.getAdditionalProperties().get("spec"));
        List<Served> served = new ArrayList<>();
        for (Object host : Json.list(spec.get("hostnames"))) {
            for (Object rule : Json.list(spec.get("rules"))) {
                List<?> matches = Json.list(Json.map(rule).get("matches"));
                if (matches.isEmpty()) {
                    served.add(new Served(lower(Objects.toString(host)), DEFAULT_PATH));
                }
                for (Object match : matches) {
                    Object value = Json.map(Json.map(match).get("path")).get("value");
                    served.add(new Served(lower(Objects.toString(host)),
                            value == null ? DEFAULT_PATH : value.toString()));
                }
            }
        }
        return served;
    }

    private static String lower(String host) {
        return host == null ? null : host.toLowerCase(Locale.ROOT);
    }
}
