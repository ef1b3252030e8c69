package io.jenkins.plugins.skylark.deploy.expose;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jenkins.plugins.skylark.deploy.workload.SkylarkLabels;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The writes of an expose. Before anything is written: the request is valid, the router's API is served,
 * and no other application's route serves its hosts and paths. Then server-side apply with Skylark's
 * field manager and without force, so a field or annotation another manager owns is never taken over:
 * the API server's conflict becomes an error naming the fields and their managers.
 * <p>
 * The Service is created only when the namespace has no Service named like the application that another
 * tool (the manifests of {@code platformDeploy}, {@code kubectl}, Helm) created: a route's backend is the
 * Service named like the application, so that one is what counts; one created by an earlier expose is
 * applied again.
 */
public final class Exposer {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(Exposer.class);

    private final KubernetesClient client;
    private final Consumer<String> log;

    public Exposer(KubernetesClient client, Consumer<String> log) {
        this.client = client;
        this.log = log;
    }

    public ExposedRoute apply(ExposeRequest request) {
        ExposeValidator.validate(request);
        LiveRoutes live = new LiveRoutes(client, request.namespace());
        if (request.router().kind() == Router.Kind.GATEWAY && !live.servesGatewayApi()) {
            throw new InvalidExposeException(List.of(TEXT.format("gateway.notServed", request.router().gatewayName())));
        }
        RouteConflicts.check(request, live.all());
        List<HasMetadata> objects = ExposeObjects.of(request.withCreateService(needsService(request)));
        List<String> names = new ArrayList<>();
        HasMetadata route = null;
        for (HasMetadata object : objects) {
            route = applyOne(object);
            names.add(object.getKind() + "/" + object.getMetadata().getName());
        }
        log.accept(TEXT.format("applied", String.join(", ", names), request.namespace()));
        long generation = route.getMetadata().getGeneration() == null ? 0 : route.getMetadata().getGeneration();
        return new ExposedRoute(route.getKind(), request.namespace(), route.getMetadata().getName(), generation,
                request.router(), names, url(request));
    }

    private boolean needsService(ExposeRequest request) {
        Service service = client.services().inNamespace(request.namespace()).withName(request.application()).get();
        if (service == null || Ownership.createdBySkylark(service)) {
            return true;
        }
        log.accept(TEXT.format("service.kept", request.application(), request.namespace()));
        return false;
    }

    private HasMetadata applyOne(HasMetadata object) {
        try {
            return client.resource(object).fieldManager(SkylarkLabels.FIELD_MANAGER).serverSideApply();
        } catch (KubernetesClientException e) {
            if (FieldConflicts.isConflict(e)) {
                throw new InvalidExposeException(List.of(FieldConflicts.describe(object.getKind() + " "
                        + object.getMetadata().getNamespace() + "/" + object.getMetadata().getName(), e)));
            }
            throw e;
        }
    }

    /** {@code https://orders.shop.example.com/} with TLS, else {@code http://}: the first host and path. */
    static String url(ExposeRequest request) {
        return (request.tlsSecret() == null ? "http" : "https") + "://" + request.hosts().get(0)
                + request.paths().get(0).path();
    }
}
