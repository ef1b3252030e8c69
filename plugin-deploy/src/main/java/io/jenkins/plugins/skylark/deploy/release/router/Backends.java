package io.jenkins.plugins.skylark.deploy.release.router;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.deploy.release.ReleaseTarget;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;

/** The Services a router sends traffic to must exist before the route names them. */
final class Backends {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(Backends.class);

    private Backends() {
    }

    static void require(KubernetesClient client, ReleaseTarget target) {
        require(client, target.namespace(), target.stableService(), "service.stable.missing");
        require(client, target.namespace(), target.canaryService(), "service.canary.missing");
    }

    private static void require(KubernetesClient client, String namespace, String name, String key) {
        if (client.services().inNamespace(namespace).withName(name).get() == null) {
            throw new RoutingException(TEXT.format(key, namespace + "/" + name));
        }
    }

    static int checkPercent(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException(TEXT.format("weight.range", percent));
        }
        return percent;
    }

    /** Exactly one of header and cookie, as the model promises; checked again before a router write. */
    static void checkMatch(io.jenkins.plugins.skylark.release.ReleaseStep.Match match) {
        if (match != null && (match.header() == null) == (match.cookie() == null)) {
            throw new IllegalArgumentException(TEXT.format("match.oneOf"));
        }
    }
}
