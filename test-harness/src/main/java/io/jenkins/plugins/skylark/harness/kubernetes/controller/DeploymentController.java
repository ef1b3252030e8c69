package io.jenkins.plugins.skylark.harness.kubernetes.controller;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.harness.kubernetes.SimulatedClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The deployment controller: one ReplicaSet per pod template (named {@code <deployment>-<pod-template-hash>},
 * reused when the template returns to an older one, whose revision then moves up), rolling update within
 * maxSurge/maxUnavailable (or Recreate), revision history limit, and the status a client waits on:
 * observedGeneration, replica counts and the Available/Progressing conditions, including
 * ProgressDeadlineExceeded once no progress was made for {@code progressDeadlineSeconds} (simulated time).
 * {@code minReadySeconds} goes to the new ReplicaSet, whose controller counts pods available only after it.
 */
final class DeploymentController {

    static final String REVISION = "deployment.kubernetes.io/revision";
    private static final String REVISION_HISTORY = "deployment.kubernetes.io/revision-history";

    private final KubernetesClient client;
    private final SimulatedClock clock;
    private final EventRecorder events;
    /** Per deployment uid: what progress looked like last time, and when it last changed (simulated time). */
    private final Map<String, Progress> progress = new ConcurrentHashMap<>();

    private record Progress(String signature, Instant since) {
    }

    DeploymentController(KubernetesClient client, SimulatedClock clock, EventRecorder events) {
        this.client = client;
        this.clock = clock;
        this.events = events;
    }

    void reconcile(Snapshot snapshot) {
        for (Deployment d : snapshot.deployments()) {
            if (d.getMetadata().getDeletionTimestamp() == null) {
                reconcile(d, Snapshot.ownedBy(d, snapshot.replicaSets()));
            }
        }
    }

    private void reconcile(Deployment d, List<ReplicaSet> owned) {
        String hash = TemplateHash.of(d.getSpec().getTemplate());
        ReplicaSet newRs = owned.stream().filter(rs -> hash.equals(TemplateHash.of(rs.getSpec().getTemplate())))
                .findFirst().orElse(null);
        long maxRevision = owned.stream().mapToLong(DeploymentController::revision).max().orElse(0);
        if (newRs == null) {
            createReplicaSet(d, hash, maxRevision + 1);
            return;
        }
        if (revision(newRs) < maxRevision) {
            promote(newRs, maxRevision + 1);
            return;
        }
        if (!String.valueOf(revision(newRs)).equals(annotation(d, REVISION))) {
            client.apps().deployments().inNamespace(ns(d)).withName(d.getMetadata().getName())
                    .edit(x -> {
                        x.getMetadata().getAnnotations().put(REVISION, String.valueOf(revision(newRs)));
                        return x;
                    });
            return;
        }
        if (orZero(newRs.getSpec().getMinReadySeconds()) != orZero(d.getSpec().getMinReadySeconds())) {
            client.apps().replicaSets().inNamespace(ns(newRs)).withName(newRs.getMetadata().getName()).edit(x -> {
                x.getSpec().setMinReadySeconds(d.getSpec().getMinReadySeconds());
                return x;
            });
            return;
        }
        List<ReplicaSet> old = owned.stream().filter(rs -> rs != newRs).toList();
        if (!Boolean.TRUE.equals(d.getSpec().getPaused()) && scale(d, newRs, old)) {
            return;
        }
        cleanUpHistory(d, old);
        updateStatus(d, newRs, owned);
    }

    private void createReplicaSet(Deployment d, String hash, long revision) {
        PodTemplateSpec template = new PodTemplateSpecBuilder(d.getSpec().getTemplate()).editOrNewMetadata()
                .addToLabels(TemplateHash.LABEL, hash).endMetadata().build();
        ReplicaSet rs = new ReplicaSetBuilder()
                .withNewMetadata().withName(d.getMetadata().getName() + "-" + hash).withNamespace(ns(d))
                .withLabels(template.getMetadata().getLabels())
                .addToAnnotations(REVISION, String.valueOf(revision))
                .addToAnnotations("deployment.kubernetes.io/desired-replicas", String.valueOf(replicas(d)))
                .addNewOwnerReference().withApiVersion("apps/v1").withKind("Deployment")
                .withName(d.getMetadata().getName()).withUid(d.getMetadata().getUid()).withController(true)
                .withBlockOwnerDeletion(true).endOwnerReference()
                .endMetadata()
                .withNewSpec().withReplicas(0).withMinReadySeconds(d.getSpec().getMinReadySeconds())
                .withSelector(new LabelSelectorBuilder(d.getSpec().getSelector())
                        .addToMatchLabels(TemplateHash.LABEL, hash).build())
                .withTemplate(template).endSpec()
                .build();
        client.apps().replicaSets().inNamespace(ns(d)).resource(rs).create();
        progress.remove(d.getMetadata().getUid());
    }

    private void promote(ReplicaSet rs, long revision) {
        String previous = String.valueOf(revision(rs));
        client.apps().replicaSets().inNamespace(ns(rs)).withName(rs.getMetadata().getName()).edit(x -> {
            Map<String, String> a = x.getMetadata().getAnnotations();
            String history = a.get(REVISION_HISTORY);
            a.put(REVISION_HISTORY, history == null ? previous : history + "," + previous);
            a.put(REVISION, String.valueOf(revision));
            return x;
        });
    }

    /** One rolling-update (or recreate) step; true when something was scaled. */
    private boolean scale(Deployment d, ReplicaSet newRs, List<ReplicaSet> old) {
        int desired = replicas(d);
        boolean recreate = d.getSpec().getStrategy() != null
                && "Recreate".equals(d.getSpec().getStrategy().getType());
        if (recreate) {
            boolean oldRunning = old.stream().anyMatch(rs -> specReplicas(rs) > 0 || statusReplicas(rs) > 0);
            if (oldRunning) {
                return scaleAll(d, old, 0);
            }
            return specReplicas(newRs) != desired && scaleTo(d, newRs, desired);
        }
        int maxSurge = resolve(d, true, desired);
        int maxUnavailable = resolve(d, false, desired);
        if (maxSurge == 0 && maxUnavailable == 0) {
            maxUnavailable = 1;
        }
        int total = specReplicas(newRs) + old.stream().mapToInt(DeploymentController::specReplicas).sum();
        if (specReplicas(newRs) > desired) {
            return scaleTo(d, newRs, desired);
        }
        if (specReplicas(newRs) < desired) {
            int allowed = desired + maxSurge - total;
            if (allowed > 0) {
                return scaleTo(d, newRs, Math.min(desired, specReplicas(newRs) + allowed));
            }
        }
        return scaleDownOld(d, newRs, old, desired, maxUnavailable, total);
    }

    private boolean scaleDownOld(Deployment d, ReplicaSet newRs, List<ReplicaSet> old, int desired,
            int maxUnavailable, int total) {
        int minAvailable = desired - maxUnavailable;
        int newUnavailable = specReplicas(newRs) - available(newRs);
        int budget = total - minAvailable - newUnavailable;
        List<ReplicaSet> oldest = old.stream().filter(rs -> specReplicas(rs) > 0)
                .sorted(Comparator.comparingLong(DeploymentController::revision)).toList();
        // First the old pods that are not available anyway, then available ones down to minAvailable.
        for (ReplicaSet rs : oldest) {
            int unhealthy = specReplicas(rs) - available(rs);
            if (budget > 0 && unhealthy > 0) {
                return scaleTo(d, rs, specReplicas(rs) - Math.min(budget, unhealthy));
            }
        }
        int availableNow = available(newRs) + old.stream().mapToInt(DeploymentController::available).sum();
        int scaleDown = availableNow - minAvailable;
        for (ReplicaSet rs : oldest) {
            if (scaleDown > 0) {
                return scaleTo(d, rs, specReplicas(rs) - Math.min(scaleDown, specReplicas(rs)));
            }
        }
        return false;
    }

    private boolean scaleAll(Deployment d, List<ReplicaSet> sets, int replicas) {
        boolean changed = false;
        for (ReplicaSet rs : sets) {
            if (specReplicas(rs) != replicas) {
                changed |= scaleTo(d, rs, replicas);
            }
        }
        return changed;
    }

    private boolean scaleTo(Deployment d, ReplicaSet rs, int replicas) {
        client.apps().replicaSets().inNamespace(ns(rs)).withName(rs.getMetadata().getName()).edit(x -> {
            x.getSpec().setReplicas(replicas);
            x.getMetadata().getAnnotations().put("deployment.kubernetes.io/desired-replicas",
                    String.valueOf(replicas(d)));
            return x;
        });
        String direction = replicas > specReplicas(rs) ? "up" : "down";
        events.normal(d, "deployment-controller", "ScalingReplicaSet", "Scaled " + direction + " replica set "
                + rs.getMetadata().getName() + " from " + specReplicas(rs) + " to " + replicas);
        return true;
    }

    private void cleanUpHistory(Deployment d, List<ReplicaSet> old) {
        int limit = d.getSpec().getRevisionHistoryLimit() == null ? 10 : d.getSpec().getRevisionHistoryLimit();
        List<ReplicaSet> idle = old.stream().filter(rs -> specReplicas(rs) == 0 && statusReplicas(rs) == 0)
                .sorted(Comparator.comparingLong(DeploymentController::revision)).toList();
        for (int i = 0; i < idle.size() - limit; i++) {
            client.apps().replicaSets().inNamespace(ns(d)).resource(idle.get(i)).delete();
        }
    }

    private void updateStatus(Deployment d, ReplicaSet newRs, List<ReplicaSet> all) {
        int desired = replicas(d);
        int replicas = all.stream().mapToInt(DeploymentController::statusReplicas).sum();
        int ready = all.stream().mapToInt(rs -> orZero(rs.getStatus() == null ? null
                : rs.getStatus().getReadyReplicas())).sum();
        int available = all.stream().mapToInt(DeploymentController::available).sum();
        int updated = statusReplicas(newRs);
        boolean complete = updated == desired && replicas == desired && available == desired;
        String rsName = newRs.getMetadata().getName();
        Instant lastProgress = trackProgress(d, rsName + ":" + updated + ":" + ready + ":" + available + ":"
                + replicas);
        long deadline = d.getSpec().getProgressDeadlineSeconds() == null ? 600
                : d.getSpec().getProgressDeadlineSeconds();
        List<DeploymentCondition> conditions = new ArrayList<>();
        int maxUnavailable = resolve(d, false, desired);
        boolean minAvailable = available >= desired - maxUnavailable;
        conditions.add(condition(d, "Available", minAvailable,
                minAvailable ? "MinimumReplicasAvailable" : "MinimumReplicasUnavailable",
                minAvailable ? "Deployment has minimum availability."
                        : "Deployment does not have minimum availability."));
        if (complete) {
            conditions.add(condition(d, "Progressing", true, "NewReplicaSetAvailable",
                    "ReplicaSet \"" + rsName + "\" has successfully progressed."));
        } else if (Boolean.TRUE.equals(d.getSpec().getPaused())) {
            conditions.add(condition(d, "Progressing", false, "DeploymentPaused", "Deployment is paused"));
        } else if (Duration.between(lastProgress, clock.now()).getSeconds() > deadline) {
            conditions.add(condition(d, "Progressing", false, "ProgressDeadlineExceeded",
                    "ReplicaSet \"" + rsName + "\" has timed out progressing."));
        } else {
            conditions.add(condition(d, "Progressing", true, "ReplicaSetUpdated",
                    "ReplicaSet \"" + rsName + "\" is progressing."));
        }
        DeploymentStatus status = new DeploymentStatusBuilder()
                .withObservedGeneration(d.getMetadata().getGeneration())
                .withReplicas(replicas).withUpdatedReplicas(updated).withReadyReplicas(ready)
                .withAvailableReplicas(available)
                .withUnavailableReplicas(Math.max(0, replicas - available) == 0 ? null
                        : Math.max(desired, replicas) - available)
                .withConditions(conditions).build();
        normalise(status);
        if (!Objects.equals(status, d.getStatus())) {
            d.setStatus(status);
            client.apps().deployments().inNamespace(ns(d)).resource(d).updateStatus();
        }
    }

    private static void normalise(DeploymentStatus status) {
        // The API omits zero counts, as a real server's JSON does.
        if (Integer.valueOf(0).equals(status.getReadyReplicas())) {
            status.setReadyReplicas(null);
        }
        if (Integer.valueOf(0).equals(status.getAvailableReplicas())) {
            status.setAvailableReplicas(null);
        }
        if (Integer.valueOf(0).equals(status.getUpdatedReplicas())) {
            status.setUpdatedReplicas(null);
        }
        if (Integer.valueOf(0).equals(status.getReplicas())) {
            status.setReplicas(null);
        }
    }

    private Instant trackProgress(Deployment d, String signature) {
        String key = d.getMetadata().getUid() + "@" + d.getMetadata().getGeneration();
        Progress p = progress.compute(key, (k, old) -> old != null && old.signature().equals(signature) ? old
                : new Progress(signature, clock.now()));
        return p.since();
    }

    private static DeploymentCondition condition(Deployment d, String type, boolean status, String reason,
            String message) {
        String value = status ? "True" : "False";
        DeploymentCondition existing = d.getStatus() == null ? null : d.getStatus().getConditions().stream()
                .filter(c -> type.equals(c.getType())).findFirst().orElse(null);
        String now = EventRecorder.now();
        if (existing != null && value.equals(existing.getStatus()) && reason.equals(existing.getReason())
                && message.equals(existing.getMessage())) {
            return existing;
        }
        String transition = existing != null && value.equals(existing.getStatus())
                ? existing.getLastTransitionTime() : now;
        return new DeploymentCondition(now, transition, message, reason, value, type);
    }

    private static int resolve(Deployment d, boolean surge, int desired) {
        IntOrString value = null;
        if (d.getSpec().getStrategy() != null && d.getSpec().getStrategy().getRollingUpdate() != null) {
            value = surge ? d.getSpec().getStrategy().getRollingUpdate().getMaxSurge()
                    : d.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable();
        }
        if (value == null) {
            value = new IntOrString("25%");
        }
        if (value.getIntVal() != null) {
            return value.getIntVal();
        }
        double percent = Double.parseDouble(value.getStrVal().replace("%", "")) * desired / 100.0;
        return (int) (surge ? Math.ceil(percent) : Math.floor(percent));
    }

    static long revision(ReplicaSet rs) {
        String value = rs.getMetadata().getAnnotations() == null ? null
                : rs.getMetadata().getAnnotations().get(REVISION);
        return value == null ? 0 : Long.parseLong(value);
    }

    private static String annotation(Deployment d, String key) {
        return d.getMetadata().getAnnotations() == null ? null : d.getMetadata().getAnnotations().get(key);
    }

    private static int replicas(Deployment d) {
        return d.getSpec().getReplicas() == null ? 1 : d.getSpec().getReplicas();
    }

    static int specReplicas(ReplicaSet rs) {
        return orZero(rs.getSpec().getReplicas());
    }

    static int statusReplicas(ReplicaSet rs) {
        return rs.getStatus() == null ? 0 : orZero(rs.getStatus().getReplicas());
    }

    static int available(ReplicaSet rs) {
        return rs.getStatus() == null ? 0 : orZero(rs.getStatus().getAvailableReplicas());
    }

    static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static String ns(io.fabric8.kubernetes.api.model.HasMetadata o) {
        return o.getMetadata().getNamespace();
    }
}
