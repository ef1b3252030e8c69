package io.jenkins.plugins.skylark.deploy;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.deploy.expose.ExposeOutcome;
import io.jenkins.plugins.skylark.deploy.expose.ExposeRequest;
import io.jenkins.plugins.skylark.deploy.expose.ExposedRoute;
import io.jenkins.plugins.skylark.deploy.expose.Exposer;
import io.jenkins.plugins.skylark.deploy.expose.RouteState;
import io.jenkins.plugins.skylark.deploy.expose.RouteWaiter;
import io.jenkins.plugins.skylark.deploy.expose.Unexposer;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Load-balancer setup as engine operations: expose in two halves (the writes, then the wait for the
 * router), and unexpose. No delivery event: none of the existing types means "reachable" (a deploy event
 * would count as a delivery in the metrics), so none is published.
 */
final class ExposeOperations {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(ExposeOperations.class);

    private final KubernetesClient client;
    private final Consumer<String> log;

    ExposeOperations(KubernetesClient client, Consumer<String> log) {
        this.client = client;
        this.log = log;
    }

    Progress expose(ExposeRequest request) {
        return Progress.Applied.route(new Exposer(client, log).apply(request));
    }

    DeployResult awaitExpose(Progress.Applied applied, DeployOptions options) {
        ExposedRoute route = applied.route();
        RouteState state = new RouteWaiter(client, options.pollInterval(), log).await(route, options.timeout());
        if (state instanceof RouteState.Ready ready) {
            String message = TEXT.format("exposed", route.url(), ready.address() == null ? "-" : ready.address());
            log.accept(message);
            return new DeployResult(DeployStatus.SUCCEEDED, message, Map.of(), null, List.of(),
                    new ExposeOutcome(route.url(), ready.address(), route.objects(), List.of()));
        }
        String reason = state instanceof RouteState.Refused refused ? refused.reason() : ((RouteState.Pending) state).reason();
        return new DeployResult(DeployStatus.FAILED, reason, Map.of(), reason, List.of(),
                new ExposeOutcome(route.url(), null, route.objects(), List.of()));
    }

    DeployResult unexpose(DeployTarget target, String application) {
        ExposeOutcome outcome = new Unexposer(client, log).unexpose(target.namespace(), application);
        String message = outcome.objects().isEmpty() ? TEXT.format("unexposed.nothing", application, target.namespace())
                : TEXT.format("unexposed", application, String.join(", ", outcome.objects()));
        return new DeployResult(DeployStatus.SUCCEEDED, message, Map.of(), null, List.of(), outcome);
    }
}
