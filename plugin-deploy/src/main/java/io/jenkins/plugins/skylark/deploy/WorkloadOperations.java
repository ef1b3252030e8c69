package io.jenkins.plugins.skylark.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.deploy.manifest.ImageReference;
import io.jenkins.plugins.skylark.deploy.rollout.Revision;
import io.jenkins.plugins.skylark.deploy.rollout.Rollbacker;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import io.jenkins.plugins.skylark.deploy.workload.SkylarkLabels;
import io.jenkins.plugins.skylark.deploy.workload.Workload;
import io.jenkins.plugins.skylark.deploy.workload.WorkloadKind;
import io.jenkins.plugins.skylark.deploy.workload.Workloads;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The small operations on an application's running workloads (found by label
 * {@link SkylarkLabels#APPLICATION}): rollback to a revision, scale, and "service update" (new image,
 * wait, roll back on failure). Each in two halves, the writes and the wait (see {@link Progress}).
 */
final class WorkloadOperations {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(WorkloadOperations.class);
    private static final int HTTP_CONFLICT = 409;
    private static final int EDIT_ATTEMPTS = 5;

    private final KubernetesClient client;
    private final Consumer<String> log;
    private final Clock clock;

    WorkloadOperations(KubernetesClient client, Consumer<String> log, Clock clock) {
        this.client = client;
        this.log = log;
        this.clock = clock;
    }

    Progress rollback(DeployTarget target, String application, long toRevision) {
        List<Workload> workloads = workloadsOf(target.namespace(), application, false);
        Rollbacker rollbacker = new Rollbacker(client, target.namespace());
        List<String> rolledBack = new ArrayList<>();
        String version = null;
        for (Workload workload : workloads) {
            Revision revision = rollbacker.rollback(workload, toRevision);
            log.accept(TEXT.format("rollback.started", workload, revision.number()));
            rolledBack.add(workload + "@" + revision.number());
            version = version == null ? firstImage(revision.template()) : version;
        }
        return TemplateFingerprints.applied(client, target.namespace(), workloads, Map.of(), rolledBack, version);
    }

    DeployResult awaitRollback(DeployTarget target, String application, Progress.Applied applied, DeployOptions options) {
        DeployOptions noSecondRollback = options.withRollbackOnFailure(false);
        RolloutGuard.Outcome outcome = new RolloutGuard(client, target.namespace(), noSecondRollback, log).watch(applied);
        DeliveryEvents events = new DeliveryEvents(target, application, applied.version(), null, clock);
        String rolledBack = String.join(", ", applied.rolledBack());
        if (outcome.status() == DeployStatus.SUCCEEDED) {
            String message = TEXT.format("rollback.succeeded", application, rolledBack);
            log.accept(message);
            return new DeployResult(DeployStatus.SUCCEEDED, message, outcome.revisions(), null, List.of(events.event(
                    DeliveryEventType.ROLLED_BACK, Map.of("workloads", String.join(",", applied.rolledBack()),
                            "reason", "requested"))));
        }
        return failure(events, outcome, TEXT.format("rollback.failedMessage", application));
    }

    Progress scale(DeployTarget target, String application, int replicas) {
        if (replicas < 0) {
            throw new IllegalArgumentException(TEXT.format("scale.negative", replicas));
        }
        List<Workload> workloads = workloadsOf(target.namespace(), application, true);
        for (Workload workload : workloads) {
            workload.kind().resource(client, target.namespace(), workload.name()).scale(replicas);
            log.accept(TEXT.format("scale.started", workload, replicas));
        }
        return TemplateFingerprints.applied(client, target.namespace(), workloads, Map.of(), List.of(), null);
    }

    DeployResult awaitScale(DeployTarget target, String application, int replicas, Progress.Applied applied,
            DeployOptions options) {
        RolloutGuard.Outcome outcome = new RolloutGuard(client, target.namespace(),
                options.withRollbackOnFailure(false), log).watch(applied);
        String message = outcome.status() == DeployStatus.SUCCEEDED
                ? TEXT.format("scale.succeeded", application, replicas) : outcome.failureMessage();
        return new DeployResult(outcome.status(), message, outcome.revisions(), outcome.cause(), List.of());
    }

    Progress updateImage(DeployTarget target, String application, String container, String image,
            DeployOptions options) {
        ImageReference reference = ImageReference.parse(image, options.allowTagOnlyImage());
        String namespace = target.namespace();
        List<Workload> workloads = workloadsOf(namespace, application, false).stream()
                .filter(workload -> hasContainer(workload, namespace, container)).toList();
        if (workloads.isEmpty()) {
            throw new IllegalArgumentException(TEXT.format("image.noContainer", container, application, namespace));
        }
        return setImage(namespace, workloads, container, reference);
    }

    /** The same for one named workload only (a gray release's promotion of its stable Deployment). */
    Progress updateImage(DeployTarget target, Workload workload, String container, String image, DeployOptions options) {
        ImageReference reference = ImageReference.parse(image, options.allowTagOnlyImage());
        if (!hasContainer(workload, target.namespace(), container)) {
            throw new IllegalArgumentException(TEXT.format("image.noContainerIn", container, workload,
                    target.namespace()));
        }
        return setImage(target.namespace(), List.of(workload), container, reference);
    }

    private Progress setImage(String namespace, List<Workload> workloads, String container, ImageReference reference) {
        Map<Workload, HasMetadata> before = Workloads.fetch(client, namespace, workloads);
        Map<Workload, HasMetadata> after = new LinkedHashMap<>();
        for (Workload workload : workloads) {
            after.put(workload, setImage(workload.kind().resource(client, namespace, workload.name()), workload.kind(),
                    container, reference.toString()));
            log.accept(TEXT.format("image.set", workload, container, reference));
        }
        Map<Workload, Long> previous = WorkloadChanges.previousRevisions(client, namespace, before, after);
        return TemplateFingerprints.applied(client, namespace, workloads, previous, List.of(), reference.toString());
    }

    DeployResult awaitImage(DeployTarget target, String application, String container, Progress.Applied applied,
            DeployOptions options) {
        RolloutGuard.Outcome outcome = new RolloutGuard(client, target.namespace(), options, log).watch(applied);
        String image = applied.version();
        DeliveryEvents events = new DeliveryEvents(target, application, image, null, clock);
        if (outcome.status() == DeployStatus.SUCCEEDED) {
            String message = TEXT.format("image.succeeded", application, container, image);
            log.accept(message);
            return new DeployResult(DeployStatus.SUCCEEDED, message, outcome.revisions(), null, List.of(events.event(
                    DeliveryEventType.DEPLOYED, Map.of("container", container,
                            "changed", Boolean.toString(!applied.previous().isEmpty())))));
        }
        return failure(events, outcome, TEXT.format("image.failed", application, container, image));
    }

    private DeployResult failure(DeliveryEvents events, RolloutGuard.Outcome outcome, String headline) {
        List<DeliveryEvent> emitted = new ArrayList<>();
        emitted.add(events.event(DeliveryEventType.DEPLOY_FAILED, Map.of("cause", outcome.cause())));
        if (!outcome.rolledBack().isEmpty()) {
            emitted.add(events.event(DeliveryEventType.ROLLED_BACK,
                    Map.of("workloads", String.join(",", outcome.rolledBack()), "reason", outcome.cause())));
        }
        return new DeployResult(outcome.status(), headline + "\n" + outcome.failureMessage(), outcome.revisions(),
                outcome.cause(), emitted);
    }

    private List<Workload> workloadsOf(String namespace, String application, boolean scalableOnly) {
        List<Workload> workloads = new ArrayList<>();
        for (WorkloadKind kind : WorkloadKind.values()) {
            if (!scalableOnly || kind != WorkloadKind.DAEMON_SET) {
                kind.listLabelled(client, namespace, SkylarkLabels.APPLICATION, application)
                        .forEach(object -> workloads.add(new Workload(kind, object.getMetadata().getName())));
            }
        }
        if (workloads.isEmpty()) {
            throw new IllegalArgumentException(TEXT.format("application.noWorkloads", application, namespace,
                    SkylarkLabels.APPLICATION));
        }
        return workloads;
    }

    private boolean hasContainer(Workload workload, String namespace, String container) {
        HasMetadata object = workload.kind().resource(client, namespace, workload.name()).get();
        PodTemplateSpec template = object == null ? null : workload.kind().template(object);
        return template != null && template.getSpec().getContainers().stream().anyMatch(c -> container.equals(c.getName()));
    }

    /**
     * fabric8's edit sends the resourceVersion it read, so a controller writing the workload's status in between
     * makes the API server answer 409; edit reads the object again on each attempt, so a retry is safe.
     */
    private static <T extends HasMetadata> HasMetadata setImage(Resource<T> resource, WorkloadKind kind,
            String container, String image) {
        for (int attempt = 1; ; attempt++) {
            try {
                return resource.edit(object -> {
                    kind.template(object).getSpec().getContainers().stream()
                            .filter(c -> container.equals(c.getName())).forEach(c -> c.setImage(image));
                    return object;
                });
            } catch (KubernetesClientException e) {
                if (e.getCode() != HTTP_CONFLICT || attempt == EDIT_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static String firstImage(PodTemplateSpec template) {
        List<Container> containers = template == null || template.getSpec() == null ? List.of()
                : template.getSpec().getContainers();
        return containers.isEmpty() ? null : containers.get(0).getImage();
    }
}
