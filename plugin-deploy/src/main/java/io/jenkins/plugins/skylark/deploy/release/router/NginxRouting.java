package io.jenkins.plugins.skylark.deploy.release.router;

import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jenkins.plugins.skylark.deploy.release.ReleaseTarget;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import io.jenkins.plugins.skylark.release.ReleaseStep;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * NGINX ingress: the release owns a second Ingress, {@code <route>-canary} ({@link NginxCanaryIngress}), written by
 * server-side apply with the release's field manager and without force. Each write applies everything the
 * release owns on it, so an annotation no longer applied (a cleared match) is dropped while fields other
 * managers added stay; the stable Ingress is only read. {@link #remove} deletes the canary Ingress only when it
 * carries the release's label applied by the release's field manager.
 */
final class NginxRouting implements TrafficRouting {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(NginxRouting.class);
    private static final int CONFLICT = 409;

    private final KubernetesClient client;
    private final Consumer<String> log;

    NginxRouting(KubernetesClient client, Consumer<String> log) {
        this.client = client;
        this.log = log;
    }

    /** Keeps the weight and match of a release already prepared (a resumed one); a new one starts at 0 %. */
    @Override
    public void prepare(ReleaseTarget target) {
        Backends.require(client, target);
        TrafficWeights now = read(target);
        apply(target, NginxCanaryIngress.of(stable(target), target, now.canaryPercent(), now.match()));
        log.accept(TEXT.format("nginx.prepared", describe(target, NginxCanaryIngress.name(target)), now.canaryPercent()));
    }

    @Override
    public void setWeight(ReleaseTarget target, int percent) {
        Backends.checkPercent(percent);
        apply(target, NginxCanaryIngress.of(stable(target), target, percent, read(target).match()));
        log.accept(TEXT.format("nginx.weight", describe(target, NginxCanaryIngress.name(target)), percent));
    }

    @Override
    public void setMatch(ReleaseTarget target, ReleaseStep.Match match) {
        Backends.checkMatch(match);
        apply(target, NginxCanaryIngress.of(stable(target), target, read(target).canaryPercent(), match));
        String what = describe(target, NginxCanaryIngress.name(target));
        if (match == null) {
            log.accept(TEXT.format("nginx.match.cleared", what));
        } else if (match.header() != null && match.value() == null) {
            log.accept(TEXT.format("nginx.match.always", what, match.header()));
        } else if (match.cookie() != null) {
            log.accept(TEXT.format("nginx.match.cookie", what, match.cookie()));
        } else {
            log.accept(TEXT.format("nginx.match.set", what, Matches.describe(match)));
        }
    }

    @Override
    public TrafficWeights read(ReleaseTarget target) {
        Ingress canary = canary(target);
        return canary == null ? new TrafficWeights(0, null, false) : NginxCanaryIngress.read(canary);
    }

    /** Weight 0 without match in one apply; without the stable Ingress there is nothing to copy: deleted. */
    @Override
    public void restoreStable(ReleaseTarget target) {
        Ingress stable = client.network().v1().ingresses().inNamespace(target.namespace()).withName(target.route()).get();
        if (stable == null) {
            remove(target);
            return;
        }
        apply(target, NginxCanaryIngress.of(stable, target, 0, null));
        log.accept(TEXT.format("nginx.restored", describe(target, NginxCanaryIngress.name(target))));
    }

    @Override
    public void remove(ReleaseTarget target) {
        Ingress canary = canary(target);
        String what = describe(target, NginxCanaryIngress.name(target));
        if (canary == null) {
            return;
        }
        if (!owned(canary, target)) {
            log.accept(TEXT.format("nginx.kept", what));
            return;
        }
        client.resource(canary).delete();
        log.accept(TEXT.format("nginx.removed", what));
    }

    private void apply(ReleaseTarget target, Ingress wanted) {
        String what = describe(target, wanted.getMetadata().getName());
        Ingress existing = canary(target);
        if (existing != null && !owned(existing, target)) {
            throw new RoutingException(TEXT.format("nginx.notOurs", what));
        }
        try {
            client.resource(wanted).fieldManager(target.fieldManager()).serverSideApply();
        } catch (KubernetesClientException e) {
            if (e.getCode() == CONFLICT) {
                String detail = e.getStatus() == null ? e.getMessage() : e.getStatus().getMessage();
                throw new RoutingException(TEXT.format("nginx.conflict", what, detail), e);
            }
            throw e;
        }
    }

    private Ingress stable(ReleaseTarget target) {
        Ingress stable = client.network().v1().ingresses().inNamespace(target.namespace()).withName(target.route()).get();
        if (stable == null) {
            throw new RoutingException(TEXT.format("nginx.missing", describe(target, target.route())));
        }
        return stable;
    }

    private Ingress canary(ReleaseTarget target) {
        return client.network().v1().ingresses().inNamespace(target.namespace())
                .withName(NginxCanaryIngress.name(target)).get();
    }

    /** The release's label, applied by the release's own field manager (a copied label does not count). */
    private static boolean owned(Ingress ingress, ReleaseTarget target) {
        Map<String, String> labels = ingress.getMetadata().getLabels();
        if (labels == null || !"true".equals(labels.get(NginxCanaryIngress.RELEASE_LABEL))) {
            return false;
        }
        List<ManagedFieldsEntry> entries = ingress.getMetadata().getManagedFields();
        return entries != null && entries.stream().anyMatch(entry -> target.fieldManager().equals(entry.getManager())
                && entry.getFieldsV1() != null && Maps.map(Maps.map(entry.getFieldsV1().getAdditionalProperties()
                        .get("f:metadata")).get("f:labels")).containsKey("f:" + NginxCanaryIngress.RELEASE_LABEL));
    }

    private static String describe(ReleaseTarget target, String name) {
        return "Ingress " + target.namespace() + "/" + name;
    }
}
