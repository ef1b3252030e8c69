package io.jenkins.plugins.skylark.harness.kubernetes.controller;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.harness.kubernetes.FailureInjection;
import io.jenkins.plugins.skylark.harness.kubernetes.RolloutFailure;
import io.jenkins.plugins.skylark.harness.kubernetes.SimulatedClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scheduler and the kubelets of the fake nodes: binds pods to nodes (or reports them unschedulable), then
 * moves each pod through Pending → Running → Ready as time passes, or into the failure its
 * {@link FailureInjection} rule asks for, writing pod status and the events a real cluster would.
 */
final class PodLifecycle {

    private final KubernetesClient client;
    private final SimulatedClock clock;
    private final FailureInjection failures;
    private final EventRecorder events;
    private final Stamps stamps;
    private final ContainerSimulation containers;
    private final Map<String, Instant> scheduledAt = new ConcurrentHashMap<>();

    PodLifecycle(KubernetesClient client, SimulatedClock clock, FailureInjection failures, EventRecorder events,
            Stamps stamps, Timings timings) {
        this.client = client;
        this.clock = clock;
        this.failures = failures;
        this.events = events;
        this.stamps = stamps;
        this.containers = new ContainerSimulation(timings, events, stamps);
    }

    void reconcile(Snapshot snapshot) {
        List<String> nodes = snapshot.nodes().stream().map(n -> n.getMetadata().getName()).sorted().toList();
        for (Pod pod : snapshot.pods()) {
            if (!PodFactory.isTerminating(pod)) {
                step(pod, snapshot.workloadOf(pod), nodes);
            }
        }
        scheduledAt.keySet().retainAll(snapshot.pods().stream().map(p -> p.getMetadata().getUid()).toList());
    }

    private void step(Pod pod, String workload, List<String> nodes) {
        String ns = pod.getMetadata().getNamespace();
        List<String> images = pod.getSpec().getContainers().stream().map(Container::getImage).toList();
        RolloutFailure podFailure = failures.forPod(images, ns, workload).orElse(null);
        if (podFailure == RolloutFailure.UNSCHEDULABLE || nodes.isEmpty()) {
            unschedulable(pod, nodes.size());
            return;
        }
        if (pod.getSpec().getNodeName() == null) {
            String node = nodes.get(Math.floorMod(pod.getMetadata().getName().hashCode(), nodes.size()));
            client.pods().inNamespace(ns).withName(pod.getMetadata().getName()).edit(p -> {
                p.getSpec().setNodeName(node);
                return p;
            });
            events.normal(pod, "default-scheduler", "Scheduled",
                    "Successfully assigned " + ns + "/" + pod.getMetadata().getName() + " to " + node);
            return;
        }
        Instant since = scheduledAt.computeIfAbsent(pod.getMetadata().getUid(), k -> clock.now());
        Duration elapsed = Duration.between(since, clock.now());
        List<ContainerStatus> statuses = new ArrayList<>();
        boolean allStarted = true;
        for (Container c : pod.getSpec().getContainers()) {
            RolloutFailure failure = failures.forContainer(c.getImage(), ns, workload).orElse(null);
            allStarted &= containers.started(failure, elapsed);
            statuses.add(containers.status(pod, c, failure, elapsed));
        }
        write(pod, running(pod, statuses, allStarted));
    }

    private PodStatus running(Pod pod, List<ContainerStatus> statuses, boolean allStarted) {
        String uid = pod.getMetadata().getUid();
        List<String> unready = statuses.stream().filter(s -> !Boolean.TRUE.equals(s.getReady()))
                .map(ContainerStatus::getName).toList();
        boolean ready = unready.isEmpty();
        String reason = ready ? null : "ContainersNotReady";
        String message = ready ? null : "containers with unready status: [" + String.join(" ", unready) + "]";
        List<PodCondition> conditions = List.of(
                condition(uid, "PodReadyToStartContainers", allStarted || !unready.isEmpty(), null, null),
                condition(uid, "Initialized", true, null, null),
                condition(uid, "Ready", ready, reason, message),
                condition(uid, "ContainersReady", ready, reason, message),
                condition(uid, "PodScheduled", true, null, null));
        return new PodStatusBuilder().withPhase(allStarted ? "Running" : "Pending").withConditions(conditions)
                .withHostIP(nodeIp(pod.getSpec().getNodeName())).withPodIP(allStarted ? podIp(uid) : null)
                .withStartTime(stamps.at(uid, "scheduled")).withQosClass("BestEffort")
                .withContainerStatuses(statuses).build();
    }

    private void unschedulable(Pod pod, int nodeCount) {
        String message = "0/" + nodeCount + " nodes are available: " + nodeCount + " Insufficient cpu. preemption: 0/"
                + nodeCount + " nodes are available: " + nodeCount + " No preemption victims found for incoming pod.";
        events.warning(pod, "default-scheduler", "FailedScheduling", message);
        write(pod, new PodStatusBuilder().withPhase("Pending").withQosClass("BestEffort")
                .withConditions(condition(pod.getMetadata().getUid(), "PodScheduled", false, "Unschedulable", message))
                .build());
    }

    private void write(Pod pod, PodStatus status) {
        if (!Objects.equals(status, pod.getStatus())) {
            pod.setStatus(status);
            client.pods().inNamespace(pod.getMetadata().getNamespace()).resource(pod).updateStatus();
        }
    }

    private PodCondition condition(String uid, String type, boolean status, String reason, String message) {
        String value = status ? "True" : "False";
        PodCondition c = new PodCondition();
        c.setType(type);
        c.setStatus(value);
        c.setReason(reason);
        c.setMessage(message);
        c.setLastTransitionTime(stamps.at(uid, type + "=" + value));
        return c;
    }

    static String nodeIp(String node) {
        return node == null ? null : "10.0.0." + (Math.floorMod(node.hashCode(), 200) + 10);
    }

    private static String podIp(String uid) {
        int h = uid.hashCode();
        return "10.244." + Math.floorMod(h >> 8, 250) + "." + (Math.floorMod(h, 250) + 2);
    }
}
