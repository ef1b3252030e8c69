package io.jenkins.plugins.skylark.deploy.expose;

import java.io.Serializable;
import java.util.List;

/**
 * What an expose wrote, kept in a step's saved state so that after a controller restart it only waits
 * again: the route (an Ingress or an HTTPRoute) at the generation it had right after the write, the
 * router it is meant for, every object applied ({@code Kind/name}) and the URL it will serve.
 */
public record ExposedRoute(String kind, String namespace, String name, long generation, Router router,
        List<String> objects, String url) implements Serializable {
    private static final long serialVersionUID = 1L;

    public ExposedRoute {
        objects = List.copyOf(objects);
    }

    public boolean isIngress() {
        return "Ingress".equals(kind);
    }

    /** {@code Ingress shop-dev/orders}, as messages name it. */
    public String describe() {
        return kind + " " + namespace + "/" + name;
    }
}
