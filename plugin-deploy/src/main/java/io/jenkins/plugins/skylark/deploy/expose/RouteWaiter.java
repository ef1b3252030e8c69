package io.jenkins.plugins.skylark.deploy.expose;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.time.Duration;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Polls a route, as the rollout waiter polls workloads, until its router serves it: an Ingress with a
 * load-balancer address, an HTTPRoute {@code Accepted} and {@code ResolvedRefs} by its Gateway. Stops early
 * when the Gateway refuses the route. On failure the state's reason is the whole explanation: the
 * controller's condition, or for an Ingress without address whether its class exists and the last
 * warning event about it.
 */
public final class RouteWaiter {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(RouteWaiter.class);

    private final KubernetesClient client;
    private final Duration pollInterval;
    private final Consumer<String> log;

    public RouteWaiter(KubernetesClient client, Duration pollInterval, Consumer<String> log) {
        this.client = client;
        this.pollInterval = pollInterval;
        this.log = log;
    }

    /** {@link RouteState.Ready} with the address, or a state whose reason says why not, within {@code timeout}. */
    public RouteState await(ExposedRoute route, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        LiveRoutes live = new LiveRoutes(client, route.namespace());
        String lastReason = null;
        while (true) {
            RouteState state = read(route, live);
            if (state instanceof RouteState.Ready ready) {
                return ready.address() != null || route.isIngress() ? ready
                        : new RouteState.Ready(live.gatewayAddress(route.router()).orElse(null));
            }
            if (state instanceof RouteState.Refused refused) {
                return new RouteState.Refused(TEXT.format("route.refused", route.describe(), refused.reason()));
            }
            String reason = ((RouteState.Pending) state).reason();
            if (!reason.equals(lastReason)) {
                log.accept(route.describe() + ": " + reason);
                lastReason = reason;
            }
            if (System.nanoTime() > deadline) {
                return new RouteState.Pending(timedOut(route, reason, timeout));
            }
            sleep();
        }
    }

    private RouteState read(ExposedRoute route, LiveRoutes live) {
        if (route.isIngress()) {
            Ingress ingress = client.network().v1().ingresses().inNamespace(route.namespace()).withName(route.name()).get();
            return ingress == null ? new RouteState.Refused(TEXT.format("route.gone")) : RouteStatus.ofIngress(ingress);
        }
        GenericKubernetesResource http = live.httpRoutes().inNamespace(route.namespace()).withName(route.name()).get();
        return http == null ? new RouteState.Refused(TEXT.format("route.gone"))
                : RouteStatus.ofHttpRoute(http, route.router(), route.generation());
    }

    private String timedOut(ExposedRoute route, String reason, Duration timeout) {
        String text = TEXT.format("route.timeout", route.describe(), timeout.toSeconds(), reason);
        if (!route.isIngress()) {
            return text;
        }
        String ingressClass = route.router().ingressClass();
        String diagnosis = ingressClass == null ? TEXT.format("ingress.noController.default")
                : client.network().v1().ingressClasses().withName(ingressClass).get() == null
                        ? TEXT.format("ingress.classMissing", ingressClass)
                        : TEXT.format("ingress.noController", ingressClass);
        String event = lastWarning(route);
        return text + " " + diagnosis + (event == null ? "" : " " + TEXT.format("ingress.event", event));
    }

    /** The newest warning event about the route, as its controller wrote it. */
    private String lastWarning(ExposedRoute route) {
        return client.v1().events().inNamespace(route.namespace()).list().getItems().stream()
                .filter(e -> e.getInvolvedObject() != null && route.name().equals(e.getInvolvedObject().getName())
                        && route.kind().equals(e.getInvolvedObject().getKind()) && "Warning".equals(e.getType()))
                .max(Comparator.comparing(e -> Objects.toString(e.getLastTimestamp(), "")))
                .map(e -> e.getReason() + ": " + e.getMessage()).orElse(null);
    }

    private void sleep() {
        try {
            Thread.sleep(pollInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the route", e);
        }
    }
}
