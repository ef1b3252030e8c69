package io.jenkins.plugins.skylark.deploy;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.deploy.rollout.Diagnosis;
import io.jenkins.plugins.skylark.deploy.rollout.FailureCause;
import io.jenkins.plugins.skylark.deploy.rollout.Revision;
import io.jenkins.plugins.skylark.deploy.rollout.RevisionHistory;
import io.jenkins.plugins.skylark.deploy.rollout.RollbackException;
import io.jenkins.plugins.skylark.deploy.rollout.Rollbacker;
import io.jenkins.plugins.skylark.deploy.rollout.RolloutFailure;
import io.jenkins.plugins.skylark.deploy.rollout.RolloutWaiter;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import io.jenkins.plugins.skylark.deploy.workload.Workload;
import io.jenkins.plugins.skylark.deploy.workload.Workloads;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Shared by deploy and the small operations: wait for the rollouts; on failure name the cause, roll
 * the changed workloads back to the revision they had before (unless disabled), and wait for that.
 */
final class RolloutGuard {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(RolloutGuard.class);
    /** The failure cause when the change being waited for was replaced before its rollout was seen. */
    static final String REPLACED = "REPLACED";

    private final KubernetesClient client;
    private final String namespace;
    private final DeployOptions options;
    private final Consumer<String> log;
    private final RolloutWaiter waiter;

    RolloutGuard(KubernetesClient client, String namespace, DeployOptions options, Consumer<String> log) {
        this.client = client;
        this.namespace = namespace;
        this.options = options;
        this.log = log;
        this.waiter = new RolloutWaiter(client, namespace, options.pollInterval(), log);
    }

    /**
     * Waits for what {@code applied} wrote; fails without waiting when the workloads no longer carry it
     * (a wait resumed after the change was replaced must not report the replacement's rollout as its own).
     */
    Outcome watch(Progress.Applied applied) {
        Optional<String> replaced = TemplateFingerprints.replaced(client, namespace, applied);
        if (replaced.isPresent()) {
            log.accept(replaced.get());
            return new Outcome(DeployStatus.FAILED, replaced.get(), REPLACED, List.of(), revisions(applied.workloads()));
        }
        return watch(applied.workloads(), applied.previous());
    }

    /**
     * @param previous for each workload this call changed, the revision it had before (0: it is new)
     */
    Outcome watch(List<Workload> workloads, Map<Workload, Long> previous) {
        if (!options.waitForRollout()) {
            return new Outcome(DeployStatus.SUCCEEDED, null, null, List.of(), revisions(workloads));
        }
        Optional<RolloutFailure> failure = waiter.await(workloads, options.timeout(), true);
        return failure.isEmpty() ? new Outcome(DeployStatus.SUCCEEDED, null, null, List.of(), revisions(workloads))
                : failed(failure.get(), workloads, previous);
    }

    Outcome failed(RolloutFailure failure, List<Workload> workloads, Map<Workload, Long> previous) {
        String cause = failure.diagnosis().cause().name();
        List<String> messages = new ArrayList<>();
        messages.add(describe(failure));
        log.accept(messages.get(0));
        if (!options.rollbackOnFailure()) {
            messages.add(TEXT.format("rollback.disabled"));
            return new Outcome(DeployStatus.FAILED, String.join("\n", messages), cause, List.of(), revisions(workloads));
        }
        List<String> rolledBack = new ArrayList<>();
        boolean complete = rollBack(previous, messages, rolledBack);
        DeployStatus status = complete && !rolledBack.isEmpty() ? DeployStatus.ROLLED_BACK : DeployStatus.FAILED;
        return new Outcome(status, String.join("\n", messages), cause, rolledBack, revisions(workloads));
    }

    private boolean rollBack(Map<Workload, Long> previous, List<String> messages, List<String> rolledBack) {
        Rollbacker rollbacker = new Rollbacker(client, namespace);
        List<Workload> started = new ArrayList<>();
        boolean complete = true;
        for (Map.Entry<Workload, Long> entry : previous.entrySet()) {
            if (entry.getValue() <= 0) {
                messages.add(TEXT.format("rollback.none", entry.getKey()));
                complete = false;
                continue;
            }
            try {
                Revision revision = rollbacker.rollback(entry.getKey(), entry.getValue());
                log.accept(TEXT.format("rollback.started", entry.getKey(), revision.number()));
                started.add(entry.getKey());
                rolledBack.add(entry.getKey() + "@" + revision.number());
            } catch (RollbackException e) {
                messages.add(e.getMessage());
                complete = false;
            }
        }
        if (started.isEmpty()) {
            return false;
        }
        Optional<RolloutFailure> again = waiter.await(started, options.timeout(), false);
        messages.add(again.isEmpty() ? TEXT.format("rollback.done", String.join(", ", rolledBack))
                : TEXT.format("rollback.failed", String.join(", ", rolledBack), describe(again.get())));
        return complete && again.isEmpty();
    }

    static String describe(RolloutFailure failure) {
        Diagnosis diagnosis = failure.diagnosis();
        String subject = failure.workload() == null ? "" : failure.workload() + ": ";
        String trigger = failure.trigger() == FailureCause.TIMEOUT || failure.trigger() == FailureCause.PROGRESS_DEADLINE
                ? " (" + TEXT.format("trigger." + failure.trigger().name()) + ")" : "";
        return TEXT.format("rollout.failed", subject + diagnosis.describe() + trigger);
    }

    Map<String, Long> revisions(List<Workload> workloads) {
        RevisionHistory history = RevisionHistory.snapshot(client, namespace);
        Map<String, Long> revisions = new TreeMap<>();
        Workloads.fetch(client, namespace, workloads)
                .forEach((workload, object) -> revisions.put(workload.toString(), history.current(object)));
        return revisions;
    }

    /** {@code rolledBack}: {@code deployment/orders@3} for each workload put back on revision 3. */
    record Outcome(DeployStatus status, String failureMessage, String cause, List<String> rolledBack,
            Map<String, Long> revisions) {
    }
}
