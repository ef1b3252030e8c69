package io.jenkins.plugins.skylark.deploy.release.router;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.deploy.release.RouterKind;
import java.util.function.Consumer;

/** The {@link TrafficRouting} of each {@link RouterKind}; see the package documentation for what each supports. */
public final class TrafficRoutings {
    private TrafficRoutings() {
    }

    public static TrafficRouting of(KubernetesClient client, RouterKind kind, Consumer<String> log) {
        return switch (kind) {
            case NGINX -> new NginxRouting(client, log);
            case GATEWAY_API -> new InPlaceRouting(client, new HttpRouteSplit(), log);
            case ISTIO -> new InPlaceRouting(client, new VirtualServiceSplit(), log);
            case NONE -> new ReplicaRatioRouting(client, log);
        };
    }
}
