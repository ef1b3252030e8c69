package io.jenkins.plugins.skylark.deploy.rollout;

import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStateWaiting;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads why pods do not become ready from their status and their events: pure, so every rule is
 * tested with plain objects. The most specific finding wins (an image pull error explains a pod that
 * is also not ready).
 */
public final class PodDiagnostician {
    private static final Map<String, FailureCause> WAITING_REASONS = Map.of(
            "ErrImagePull", FailureCause.IMAGE_PULL,
            "ImagePullBackOff", FailureCause.IMAGE_PULL,
            "InvalidImageName", FailureCause.IMAGE_PULL,
            "ErrImageNeverPull", FailureCause.IMAGE_PULL,
            "CrashLoopBackOff", FailureCause.CRASH_LOOP,
            "CreateContainerConfigError", FailureCause.CONTAINER_CONFIG,
            "CreateContainerError", FailureCause.CONTAINER_CONFIG);
    /** A first ErrImagePull can be a registry hiccup; the kubelet's back-off means it failed again. */
    private static final Set<String> TRANSIENT_REASONS = Set.of("ErrImagePull");
    private static final Map<String, FailureCause> EVENT_REASONS = Map.of(
            "FailedScheduling", FailureCause.UNSCHEDULABLE,
            "Unhealthy", FailureCause.READINESS,
            "BackOff", FailureCause.CRASH_LOOP);

    private PodDiagnostician() {
    }

    /** A finding the wait should stop for at once (image pull back-off, crash loop, bad container config). */
    public static Optional<Diagnosis> definitive(List<Pod> pods) {
        return findings(pods, List.of()).stream().filter(Finding::definitive).map(Finding::diagnosis)
                .min(Comparator.comparing(Diagnosis::cause));
    }

    /** The best explanation available, for a rollout that hit its deadline or timeout. */
    public static Optional<Diagnosis> explain(List<Pod> pods, List<Event> events) {
        return findings(pods, events).stream().map(Finding::diagnosis).min(Comparator.comparing(Diagnosis::cause));
    }

    private static List<Finding> findings(List<Pod> pods, List<Event> events) {
        List<Finding> findings = new ArrayList<>();
        for (Pod pod : pods) {
            if (pod.getMetadata().getDeletionTimestamp() != null) {
                continue;
            }
            String name = pod.getMetadata().getName();
            containerStatuses(pod).forEach(status -> waiting(name, status).ifPresent(findings::add));
            unschedulable(pod).ifPresent(findings::add);
            notReady(pod, events).ifPresent(findings::add);
        }
        if (findings.isEmpty()) {
            warningEvents(events).forEach(findings::add);
        }
        return findings;
    }

    private static Optional<Finding> waiting(String pod, ContainerStatus status) {
        ContainerStateWaiting waiting = status.getState() == null ? null : status.getState().getWaiting();
        if (waiting == null || !WAITING_REASONS.containsKey(waiting.getReason())) {
            return Optional.empty();
        }
        String detail = "pod " + pod + ", container " + status.getName() + ": " + waiting.getReason()
                + suffix(waiting.getMessage()) + lastExit(status);
        return Optional.of(new Finding(new Diagnosis(WAITING_REASONS.get(waiting.getReason()), detail),
                !TRANSIENT_REASONS.contains(waiting.getReason())));
    }

    private static String lastExit(ContainerStatus status) {
        ContainerStateTerminated last = status.getLastState() == null ? null : status.getLastState().getTerminated();
        if (last == null) {
            return "";
        }
        return " (last exit code " + last.getExitCode() + suffix(last.getReason()) + suffix(last.getMessage()) + ")";
    }

    private static Optional<Finding> unschedulable(Pod pod) {
        return condition(pod, "PodScheduled")
                .filter(c -> "False".equals(c.getStatus()) && "Unschedulable".equals(c.getReason()))
                .map(c -> new Finding(new Diagnosis(FailureCause.UNSCHEDULABLE,
                        "pod " + pod.getMetadata().getName() + suffix(c.getMessage())), false));
    }

    private static Optional<Finding> notReady(Pod pod, List<Event> events) {
        boolean running = pod.getStatus() != null && "Running".equals(pod.getStatus().getPhase());
        boolean ready = condition(pod, "Ready").map(c -> "True".equals(c.getStatus())).orElse(false);
        if (!running || ready) {
            return Optional.empty();
        }
        String name = pod.getMetadata().getName();
        String probe = events.stream().filter(e -> isAbout(e, name) && "Unhealthy".equals(e.getReason()))
                .map(Event::getMessage).reduce((first, second) -> second).orElse("");
        String detail = "pod " + name + ": " + (probe.isEmpty() ? "running but not ready" : probe);
        return Optional.of(new Finding(new Diagnosis(FailureCause.READINESS, detail), false));
    }

    private static Stream<Finding> warningEvents(List<Event> events) {
        return events.stream().filter(e -> EVENT_REASONS.containsKey(e.getReason())).map(e -> new Finding(
                new Diagnosis(EVENT_REASONS.get(e.getReason()), involved(e) + suffix(e.getMessage())), false));
    }

    private static Stream<ContainerStatus> containerStatuses(Pod pod) {
        if (pod.getStatus() == null) {
            return Stream.empty();
        }
        return Stream.concat(orEmpty(pod.getStatus().getInitContainerStatuses()),
                orEmpty(pod.getStatus().getContainerStatuses()));
    }

    private static Optional<PodCondition> condition(Pod pod, String type) {
        if (pod.getStatus() == null || pod.getStatus().getConditions() == null) {
            return Optional.empty();
        }
        return pod.getStatus().getConditions().stream().filter(c -> type.equals(c.getType())).findFirst();
    }

    private static boolean isAbout(Event event, String name) {
        return event.getInvolvedObject() != null && name.equals(event.getInvolvedObject().getName());
    }

    private static String involved(Event event) {
        return event.getInvolvedObject() == null ? event.getReason()
                : event.getInvolvedObject().getKind() + " " + event.getInvolvedObject().getName() + ": " + event.getReason();
    }

    private static String suffix(String text) {
        return text == null || text.isBlank() ? "" : ": " + text;
    }

    private static <T> Stream<T> orEmpty(List<T> list) {
        return list == null ? Stream.empty() : list.stream();
    }

    private record Finding(Diagnosis diagnosis, boolean definitive) {
    }
}
