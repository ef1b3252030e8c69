package io.jenkins.plugins.skylark.deploy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.deploy.apply.ApplyException;
import io.jenkins.plugins.skylark.deploy.apply.ObjectApplier;
import io.jenkins.plugins.skylark.deploy.cluster.DiscoveryKindScopes;
import io.jenkins.plugins.skylark.deploy.manifest.ImageReference;
import io.jenkins.plugins.skylark.deploy.manifest.InvalidManifestException;
import io.jenkins.plugins.skylark.deploy.manifest.LoadedObject;
import io.jenkins.plugins.skylark.deploy.manifest.ManifestParser;
import io.jenkins.plugins.skylark.deploy.manifest.ManifestPolicy;
import io.jenkins.plugins.skylark.deploy.manifest.ManifestSource;
import io.jenkins.plugins.skylark.deploy.manifest.ManifestStamp;
import io.jenkins.plugins.skylark.deploy.manifest.ManifestValidator;
import io.jenkins.plugins.skylark.deploy.rollout.Diagnosis;
import io.jenkins.plugins.skylark.deploy.rollout.FailureCause;
import io.jenkins.plugins.skylark.deploy.rollout.RolloutFailure;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import io.jenkins.plugins.skylark.deploy.workload.Workload;
import io.jenkins.plugins.skylark.deploy.workload.Workloads;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One deploy, in order: prepare (parse, validate, stamp — all before any request that writes), note
 * each workload's revision, apply; then, possibly after a controller restart, watch the rollouts
 * (rolling back on failure) and report.
 */
final class DeployRun {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(DeployRun.class);

    private final KubernetesClient client;
    private final Consumer<String> log;
    private final Clock clock;
    private final Function<KubernetesClientException, String> reasons;

    DeployRun(KubernetesClient client, Consumer<String> log, Clock clock,
            Function<KubernetesClientException, String> reasons) {
        this.client = client;
        this.reasons = reasons;
        this.log = log;
        this.clock = clock;
    }

    DeployResult run(DeployRequest request, List<ManifestSource> sources) {
        return apply(request, sources).then(applied -> await(request, applied));
    }

    /** Prepares and applies; a refused apply ends here (rolling back what it changed). */
    Progress apply(DeployRequest request, List<ManifestSource> sources) {
        String namespace = request.target().namespace();
        List<HasMetadata> objects = prepare(request, sources);
        List<Workload> workloads = objects.stream().map(Workload::of).flatMap(Optional::stream).toList();
        Map<Workload, HasMetadata> before = Workloads.fetch(client, namespace, workloads);
        log.accept(TEXT.format("apply.start", objects.size(), namespace));
        try (ObjectApplier applier = new ObjectApplier(client, request.options().applyThreads(), reasons)) {
            List<HasMetadata> applied = applier.apply(objects);
            Map<Workload, Long> previous = WorkloadChanges.previousRevisions(client, namespace, before, WorkloadChanges.byWorkload(applied));
            log.accept(TEXT.format("apply.done", objects.size(), previous.size(), workloads.size()));
            return TemplateFingerprints.applied(client, namespace, workloads, previous, List.of(),
                    request.effectiveVersion());
        } catch (ApplyException e) {
            Map<Workload, Long> previous = WorkloadChanges.previousRevisions(client, namespace, before,
                    Workloads.fetch(client, namespace, workloads));
            RolloutFailure failure = new RolloutFailure(null, FailureCause.APPLY_REFUSED,
                    new Diagnosis(FailureCause.APPLY_REFUSED, e.getMessage()));
            return new Progress.Finished(result(request, guard(request).failed(failure, workloads, previous), previous.size()));
        }
    }

    /** Waits for the rollouts of what {@link #apply} wrote. */
    DeployResult await(DeployRequest request, Progress.Applied applied) {
        return result(request, guard(request).watch(applied), applied.previous().size());
    }

    private RolloutGuard guard(DeployRequest request) {
        return new RolloutGuard(client, request.target().namespace(), request.options(), log);
    }

    private List<HasMetadata> prepare(DeployRequest request, List<ManifestSource> sources) {
        DeployOptions options = request.options();
        String namespace = request.target().namespace();
        ImageReference image = request.image() == null || request.image().isBlank() ? null
                : ImageReference.parse(request.image(), options.allowTagOnlyImage());
        List<LoadedObject> loaded = new ManifestParser().parse(sources);
        ManifestPolicy policy = new ManifestPolicy(namespace, options.allowedNamespaces(), options.allowedClusterKinds());
        List<String> problems = new ArrayList<>(new ManifestValidator(policy, new DiscoveryKindScopes(client)).problems(loaded));
        problems.addAll(new ManifestStamp(namespace, request.application(), image, request.containers(),
                request.effectiveVersion(), request.commitId(), request.target().buildUrl()).apply(loaded));
        if (!problems.isEmpty()) {
            throw new InvalidManifestException(problems);
        }
        return loaded.stream().map(LoadedObject::object).toList();
    }

    private DeployResult result(DeployRequest request, RolloutGuard.Outcome outcome, int changed) {
        DeliveryEvents events = new DeliveryEvents(request.target(), request.application(), request.effectiveVersion(),
                request.commitId(), clock);
        String workloads = String.join(",", outcome.revisions().entrySet().stream()
                .map(e -> e.getKey() + "@" + e.getValue()).toList());
        if (outcome.status() == DeployStatus.SUCCEEDED) {
            String message = TEXT.format("deploy.succeeded", request.application(), request.target().namespace(),
                    changed, outcome.revisions().size());
            log.accept(message);
            DeliveryEvent deployed = events.event(DeliveryEventType.DEPLOYED,
                    Map.of("workloads", workloads, "changed", Boolean.toString(changed > 0)));
            return new DeployResult(outcome.status(), message, outcome.revisions(), null, List.of(deployed));
        }
        String message = TEXT.format("deploy.failed", request.application(), request.target().namespace()) + "\n"
                + outcome.failureMessage();
        List<DeliveryEvent> emitted = new ArrayList<>();
        emitted.add(events.event(DeliveryEventType.DEPLOY_FAILED, Map.of("cause", outcome.cause(),
                "rolledBack", Boolean.toString(!outcome.rolledBack().isEmpty()))));
        if (!outcome.rolledBack().isEmpty()) {
            emitted.add(events.event(DeliveryEventType.ROLLED_BACK,
                    Map.of("workloads", String.join(",", outcome.rolledBack()), "reason", outcome.cause())));
        }
        return new DeployResult(outcome.status(), message, outcome.revisions(), outcome.cause(), emitted);
    }
}
