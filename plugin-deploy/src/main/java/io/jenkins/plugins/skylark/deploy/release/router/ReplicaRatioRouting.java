package io.jenkins.plugins.skylark.deploy.release.router;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.jenkins.plugins.skylark.deploy.release.ReleaseTarget;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import io.jenkins.plugins.skylark.release.ReleaseStep;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * No router: the canary pods carry the stable Service's selector labels, so the Service spreads requests over
 * the ready pods of both Deployments and a share is a replica ratio. The stable Deployment keeps its replicas
 * (it must carry all traffic again the moment the release is aborted) and is never written; the canary (the
 * release's own object: only its replicas and one annotation are written) is scaled to {@code round(stable * w / (100 - w))}, at least 1 above 0 %, at most
 * {@link #MAX_FACTOR} times the stable replicas (so at most about 80 %). {@link #read} reports the ratio of
 * ready replicas, marked approximate. No header or cookie routing.
 */
final class ReplicaRatioRouting implements TrafficRouting {
    /** The canary never gets more than this many times the stable replicas. */
    static final int MAX_FACTOR = 4;
    /** On the canary Deployment: the weight the release last set (so a resumed release's prepare keeps it). */
    static final String WEIGHT = "skylark.jenkins.io/release-weight";
    /** Plain Jackson: a merge patch needs its {@code null}s (they delete). */
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalizedBundle TEXT = LocalizedBundle.of(ReplicaRatioRouting.class);

    private final KubernetesClient client;
    private final Consumer<String> log;

    ReplicaRatioRouting(KubernetesClient client, Consumer<String> log) {
        this.client = client;
        this.log = log;
    }

    /**
     * Nothing to create: a new release's canary goes to 0 replicas (0 %); one already moved (its canary carries
     * {@link #WEIGHT}: a resumed release) keeps its replicas.
     */
    @Override
    public void prepare(ReleaseTarget target) {
        deployment(target, target.stableWorkload());
        Deployment canary = client.apps().deployments().inNamespace(target.namespace())
                .withName(target.canaryWorkload()).get();
        Map<String, String> annotations = canary == null ? null : canary.getMetadata().getAnnotations();
        if (annotations == null || !annotations.containsKey(WEIGHT)) {
            scale(target, 0, "0");
        }
    }

    @Override
    public void setWeight(ReleaseTarget target, int percent) {
        Backends.checkPercent(percent);
        int stable = replicas(deployment(target, target.stableWorkload()));
        int canary = canaryReplicas(stable, percent);
        scale(target, canary, Integer.toString(percent));
        log.accept(TEXT.format("replicas.weight", percent, target.canaryWorkload(), canary, target.stableWorkload(), stable,
                Weights.percent(canary, stable)));
    }

    /** The replicas that give the canary about {@code percent} of the requests beside {@code stable} replicas. */
    static int canaryReplicas(int stable, int percent) {
        if (percent <= 0 || stable <= 0) {
            return percent <= 0 ? 0 : 1;
        }
        long max = (long) stable * MAX_FACTOR;
        if (percent >= 100) {
            return (int) max;
        }
        long wanted = Math.round((double) stable * percent / (100 - percent));
        return (int) Math.max(1, Math.min(max, wanted));
    }

    @Override
    public void setMatch(ReleaseTarget target, ReleaseStep.Match match) {
        if (match != null) {
            throw new UnsupportedOperationException(TEXT.format("replicas.match", Matches.describe(match)));
        }
    }

    @Override
    public TrafficWeights read(ReleaseTarget target) {
        int stable = ready(client.apps().deployments().inNamespace(target.namespace())
                .withName(target.stableWorkload()).get());
        int canary = ready(client.apps().deployments().inNamespace(target.namespace())
                .withName(target.canaryWorkload()).get());
        return new TrafficWeights(Weights.percent(canary, stable), null, true);
    }

    /** The canary to 0 replicas: one write, the stable pods then get every request. */
    @Override
    public void restoreStable(ReleaseTarget target) {
        scale(target, 0, "0");
        log.accept(TEXT.format("replicas.restored", target.canaryWorkload()));
    }

    /** Nothing of the user's was changed; the canary Deployment itself is the engine's to delete. */
    @Override
    public void remove(ReleaseTarget target) {
        scale(target, 0, null);
    }

    /** Replicas and the {@link #WEIGHT} annotation ({@code null} removes it) of the canary, in one merge patch. */
    private void scale(ReleaseTarget target, int replicas, String weight) {
        var canary = client.apps().deployments().inNamespace(target.namespace()).withName(target.canaryWorkload());
        Deployment live = canary.get();
        if (live == null) {
            return;
        }
        Map<String, String> annotations = live.getMetadata().getAnnotations();
        String recorded = annotations == null ? null : annotations.get(WEIGHT);
        if (replicas(live) == replicas && Objects.equals(recorded, weight)) {
            return;
        }
        Map<String, Object> patch = new LinkedHashMap<>();
        Map<String, Object> metadataAnnotations = new LinkedHashMap<>();
        metadataAnnotations.put(WEIGHT, weight);
        patch.put("metadata", Map.of("annotations", metadataAnnotations));
        patch.put("spec", Map.of("replicas", replicas));
        try {
            canary.patch(new PatchContext.Builder().withPatchType(PatchType.JSON_MERGE)
                    .withFieldManager(target.fieldManager()).build(), JSON.writeValueAsString(patch));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Deployment deployment(ReleaseTarget target, String name) {
        Deployment deployment = client.apps().deployments().inNamespace(target.namespace()).withName(name).get();
        if (deployment == null) {
            throw new RoutingException(TEXT.format("replicas.missing", target.namespace() + "/" + name));
        }
        return deployment;
    }

    private static int replicas(Deployment deployment) {
        Integer replicas = deployment.getSpec() == null ? null : deployment.getSpec().getReplicas();
        return replicas == null ? 1 : replicas;
    }

    private static int ready(Deployment deployment) {
        if (deployment == null || deployment.getStatus() == null || deployment.getStatus().getReadyReplicas() == null) {
            return 0;
        }
        return deployment.getStatus().getReadyReplicas();
    }
}
