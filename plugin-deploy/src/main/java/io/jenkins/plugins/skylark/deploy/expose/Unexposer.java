package io.jenkins.plugins.skylark.deploy.expose;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.deploy.workload.SkylarkLabels;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Removes what {@code platformExpose} created for an application: its labelled Service, Ingress and
 * HTTPRoute, each only when {@link Ownership} shows Skylark created it. A labelled object another tool
 * created is left and reported, never deleted.
 */
public final class Unexposer {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(Unexposer.class);

    private final KubernetesClient client;
    private final Consumer<String> log;

    public Unexposer(KubernetesClient client, Consumer<String> log) {
        this.client = client;
        this.log = log;
    }

    public ExposeOutcome unexpose(String namespace, String application) {
        List<HasMetadata> labelled = new ArrayList<>();
        labelled.addAll(client.services().inNamespace(namespace).withLabel(SkylarkLabels.APPLICATION, application)
                .withLabel(SkylarkLabels.EXPOSED, "true").list().getItems());
        labelled.addAll(client.network().v1().ingresses().inNamespace(namespace)
                .withLabel(SkylarkLabels.APPLICATION, application).withLabel(SkylarkLabels.EXPOSED, "true").list()
                .getItems());
        LiveRoutes live = new LiveRoutes(client, namespace);
        if (live.servesGatewayApi()) {
            labelled.addAll(live.httpRoutes().inNamespace(namespace).withLabel(SkylarkLabels.APPLICATION, application)
                    .withLabel(SkylarkLabels.EXPOSED, "true").list().getItems());
        }
        List<String> removed = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (HasMetadata object : labelled) {
            String name = object.getKind() + "/" + object.getMetadata().getName();
            if (Ownership.createdBySkylark(object)) {
                client.resource(object).delete();
                removed.add(name);
                log.accept(TEXT.format("removed", name, namespace));
            } else {
                kept.add(name);
                log.accept(TEXT.format("kept", name, namespace, String.join(", ", Ownership.otherManagers(object))));
            }
        }
        return new ExposeOutcome(null, null, removed, kept);
    }
}
