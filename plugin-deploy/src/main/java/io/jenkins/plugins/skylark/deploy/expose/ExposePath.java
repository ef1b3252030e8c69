package io.jenkins.plugins.skylark.deploy.expose;

import java.io.Serializable;

/** One path of the exposed hosts and how it matches. */
public record ExposePath(String path, Type type) implements Serializable {

    /** The match types both routers share, with their names in each API. */
    public enum Type {
        EXACT("Exact", "Exact"),
        PREFIX("Prefix", "PathPrefix");

        private final String ingressName;
        private final String gatewayName;

        Type(String ingressName, String gatewayName) {
            this.ingressName = ingressName;
            this.gatewayName = gatewayName;
        }

        /** {@code pathType} of an Ingress path. */
        public String ingressName() {
            return ingressName;
        }

        /** {@code path.type} of an HTTPRoute match. */
        public String gatewayName() {
            return gatewayName;
        }
    }

    public static ExposePath prefix(String path) {
        return new ExposePath(path, Type.PREFIX);
    }

    public static ExposePath exact(String path) {
        return new ExposePath(path, Type.EXACT);
    }
}
