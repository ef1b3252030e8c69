package io.jenkins.plugins.skylark.deploy.rollout;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import io.jenkins.plugins.skylark.deploy.workload.Workload;
import io.jenkins.plugins.skylark.deploy.workload.WorkloadKind;
import io.jenkins.plugins.skylark.deploy.workload.Workloads;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Polls workloads until every rollout is complete, printing a line whenever one's progress changes.
 * One list call per kind per poll (not one call per workload), so waiting on hundreds of workloads
 * stays cheap. Stops early on a definitive pod failure or an exceeded progress deadline. A line is printed
 * only from a status of the workload's current generation: until its controller has seen the new spec, the
 * status still counts the previous one's pods ({@code 3 of 2 updated}, or {@code 2 of 2} before {@code 1 of 2}).
 */
public final class RolloutWaiter {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(RolloutWaiter.class);

    private final KubernetesClient client;
    private final String namespace;
    private final Duration pollInterval;
    private final Consumer<String> log;
    private final RevisionHistory history;

    public RolloutWaiter(KubernetesClient client, String namespace, Duration pollInterval, Consumer<String> log) {
        this.client = client;
        this.namespace = namespace;
        this.pollInterval = pollInterval;
        this.log = log;
        this.history = new RevisionHistory(client, namespace);
    }

    /**
     * Waits for all {@code workloads}; empty when all rolled out.
     *
     * @param failFast whether pod failures end the wait before the timeout (off while rolling back, when
     *                 the failed revision's pods are still there)
     */
    public Optional<RolloutFailure> await(List<Workload> workloads, Duration timeout, boolean failFast) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<Workload> pending = new LinkedHashSet<>(workloads);
        Map<Workload, String> lastSummary = new HashMap<>();
        // The first read follows the write, so its generation is at least the written one; never accept less.
        Map<Workload, Long> generations = new HashMap<>();
        while (true) {
            Map<Workload, HasMetadata> current = Workloads.fetch(client, namespace, pending);
            for (Workload workload : List.copyOf(pending)) {
                HasMetadata object = current.get(workload);
                if (object == null) {
                    return failure(workload, FailureCause.WORKLOAD_MISSING, new Diagnosis(FailureCause.WORKLOAD_MISSING,
                            TEXT.format("workload.missing", workload, namespace)));
                }
                long generation = generations.merge(workload, RolloutCheck.generationOf(object), Math::max);
                RolloutProgress progress = RolloutCheck.evaluate(object, generation);
                if (progress.complete()) {
                    pending.remove(workload);
                    log.accept(TEXT.format("progress.done", workload));
                } else if (progress.deadlineExceeded()) {
                    return failure(workload, FailureCause.PROGRESS_DEADLINE, explain(workload, object, progress));
                } else if (progress.current()
                        && !progress.summary().equals(lastSummary.put(workload, progress.summary()))) {
                    log.accept(workload + ": " + progress.summary());
                }
            }
            if (pending.isEmpty()) {
                return Optional.empty();
            }
            if (failFast) {
                Optional<RolloutFailure> definitive = definitiveFailure(pending, current);
                if (definitive.isPresent()) {
                    return definitive;
                }
            }
            if (System.nanoTime() > deadline) {
                Workload first = pending.iterator().next();
                HasMetadata object = current.get(first);
                return failure(first, FailureCause.TIMEOUT, explain(first, object, RolloutCheck.evaluate(object)));
            }
            sleep();
        }
    }

    private Optional<RolloutFailure> definitiveFailure(Set<Workload> pending, Map<Workload, HasMetadata> current) {
        List<Pod> pods = client.pods().inNamespace(namespace).list().getItems();
        for (Workload workload : pending) {
            HasMetadata object = current.get(workload);
            // Cheap check on all the workload's pods first; the revision history is read only on a hit.
            if (PodDiagnostician.definitive(selectedPods(object, pods)).isEmpty()) {
                continue;
            }
            Optional<Diagnosis> diagnosis = PodDiagnostician.definitive(currentPods(object, pods));
            if (diagnosis.isPresent()) {
                return failure(workload, diagnosis.get().cause(), diagnosis.get());
            }
        }
        return Optional.empty();
    }

    private Diagnosis explain(Workload workload, HasMetadata object, RolloutProgress progress) {
        List<Pod> pods = currentPods(object, client.pods().inNamespace(namespace).list().getItems());
        Set<String> names = new LinkedHashSet<>();
        pods.forEach(pod -> names.add(pod.getMetadata().getName()));
        List<Event> events = client.v1().events().inNamespace(namespace).list().getItems().stream()
                .filter(e -> e.getInvolvedObject() != null && e.getInvolvedObject().getName() != null)
                .filter(e -> names.contains(e.getInvolvedObject().getName())
                        || e.getInvolvedObject().getName().startsWith(workload.name()))
                .toList();
        return PodDiagnostician.explain(pods, events)
                .orElseGet(() -> new Diagnosis(FailureCause.TIMEOUT, workload + ": " + progress.summary()));
    }

    /** The workload's pods of its newest revision (older pods may still be failing while a rollback runs). */
    private List<Pod> currentPods(HasMetadata workload, List<Pod> pods) {
        WorkloadKind kind = WorkloadKind.of(workload).orElseThrow();
        List<Pod> selected = selectedPods(workload, pods);
        List<Revision> revisions = history.of(workload);
        if (revisions.isEmpty()) {
            return selected;
        }
        String hash = revisions.get(revisions.size() - 1).hash();
        List<Pod> newest = selected.stream().filter(pod -> pod.getMetadata().getLabels() != null
                && hash != null && hash.equals(pod.getMetadata().getLabels().get(kind.podRevisionLabel()))).toList();
        return newest.isEmpty() ? selected : newest;
    }

    private static List<Pod> selectedPods(HasMetadata workload, List<Pod> pods) {
        WorkloadKind kind = WorkloadKind.of(workload).orElseThrow();
        return pods.stream().filter(pod -> Selectors.matches(kind.selector(workload), pod.getMetadata().getLabels()))
                .toList();
    }

    private static Optional<RolloutFailure> failure(Workload workload, FailureCause trigger, Diagnosis diagnosis) {
        return Optional.of(new RolloutFailure(workload, trigger, diagnosis));
    }

    private void sleep() {
        try {
            Thread.sleep(pollInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the rollout", e);
        }
    }
}
