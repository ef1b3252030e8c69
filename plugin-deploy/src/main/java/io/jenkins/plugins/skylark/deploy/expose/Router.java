package io.jenkins.plugins.skylark.deploy.expose;

import java.io.Serializable;

/**
 * The environment's traffic router: an Ingress controller (optional ingress class) or a Gateway API
 * Gateway the HTTPRoute attaches to ({@code gatewayNamespace} {@code null} means the route's own).
 */
public record Router(Kind kind, String ingressClass, String gatewayName, String gatewayNamespace) implements Serializable {

    public enum Kind { INGRESS, GATEWAY }

    public static Router ingress(String ingressClass) {
        return new Router(Kind.INGRESS, ingressClass, null, null);
    }

    public static Router gateway(String name, String namespace) {
        return new Router(Kind.GATEWAY, null, name, namespace);
    }
}
