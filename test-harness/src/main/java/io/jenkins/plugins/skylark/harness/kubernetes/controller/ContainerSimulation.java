package io.jenkins.plugins.skylark.harness.kubernetes.controller;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStateBuilder;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.jenkins.plugins.skylark.harness.kubernetes.RolloutFailure;
import java.time.Duration;

/**
 * What one container looks like a given (simulated) time after its pod was scheduled, for a healthy container
 * or one of the {@link RolloutFailure} kinds, and the kubelet events that go with it.
 */
final class ContainerSimulation {

    private final Timings timings;
    private final EventRecorder events;
    private final Stamps stamps;

    ContainerSimulation(Timings timings, EventRecorder events, Stamps stamps) {
        this.timings = timings;
        this.events = events;
        this.stamps = stamps;
    }

    /** Whether the container has left ContainerCreating / image pulling. */
    boolean started(RolloutFailure failure, Duration elapsed) {
        return failure != RolloutFailure.IMAGE_PULL && failure != RolloutFailure.NEVER_READY
                && elapsed.compareTo(timings.containerStart()) >= 0;
    }

    ContainerStatus status(Pod pod, Container c, RolloutFailure failure, Duration elapsed) {
        String uid = pod.getMetadata().getUid();
        ContainerStatusBuilder b = new ContainerStatusBuilder().withName(c.getName()).withImage(c.getImage())
                .withImageID(imageId(c.getImage())).withRestartCount(0).withReady(false).withStarted(false);
        boolean pastStart = elapsed.compareTo(timings.containerStart()) >= 0;
        if (!pastStart || failure == RolloutFailure.NEVER_READY) {
            return b.withState(waiting("ContainerCreating", null)).withImageID("").build();
        }
        if (failure == RolloutFailure.IMAGE_PULL) {
            return imagePull(pod, c, elapsed, b);
        }
        events.forContainer(pod, c.getName(), "Normal", "Pulled", "Successfully pulled image \"" + c.getImage()
                + "\" in 812ms (812ms including waiting). Image size: 52428800 bytes.");
        events.forContainer(pod, c.getName(), "Normal", "Created", "Created container: " + c.getName());
        events.forContainer(pod, c.getName(), "Normal", "Started", "Started container " + c.getName());
        b.withContainerID("containerd://" + Stamps.hex(uid + c.getName(), 64));
        if (failure == RolloutFailure.CRASH_LOOP) {
            return crashLoop(pod, c, elapsed, b);
        }
        ContainerState running = new ContainerStateBuilder().withNewRunning()
                .withStartedAt(stamps.at(uid, "started-" + c.getName())).endRunning().build();
        b.withState(running).withStarted(true);
        if (failure == RolloutFailure.READINESS) {
            events.forContainer(pod, c.getName(), "Warning", "Unhealthy",
                    "Readiness probe failed: HTTP probe failed with statuscode: 503");
            return b.build();
        }
        Duration readyAfter = c.getReadinessProbe() == null ? timings.containerStart()
                : timings.containerStart().plus(timings.readiness());
        return b.withReady(elapsed.compareTo(readyAfter) >= 0).build();
    }

    private ContainerStatus imagePull(Pod pod, Container c, Duration elapsed, ContainerStatusBuilder b) {
        String image = c.getImage();
        String pullError = "rpc error: code = NotFound desc = failed to pull and unpack image \"" + image
                + "\": failed to resolve reference \"" + image + "\": " + image + ": not found";
        events.forContainer(pod, c.getName(), "Normal", "Pulling", "Pulling image \"" + image + "\"");
        events.forContainer(pod, c.getName(), "Warning", "Failed", "Failed to pull image \"" + image + "\": "
                + pullError);
        events.forContainer(pod, c.getName(), "Warning", "Failed", "Error: ErrImagePull");
        b.withImageID("");
        if (elapsed.compareTo(timings.containerStart().multipliedBy(3)) < 0) {
            return b.withState(waiting("ErrImagePull", pullError)).build();
        }
        events.forContainer(pod, c.getName(), "Normal", "BackOff", "Back-off pulling image \"" + image + "\"");
        events.forContainer(pod, c.getName(), "Warning", "Failed", "Error: ImagePullBackOff");
        return b.withState(waiting("ImagePullBackOff", "Back-off pulling image \"" + image + "\"")).build();
    }

    private ContainerStatus crashLoop(Pod pod, Container c, Duration elapsed, ContainerStatusBuilder b) {
        String uid = pod.getMetadata().getUid();
        long restarts = 1 + elapsed.minus(timings.containerStart()).toMillis()
                / Math.max(1, timings.crashPeriod().toMillis());
        String podRef = pod.getMetadata().getName() + "_" + pod.getMetadata().getNamespace() + "(" + uid + ")";
        events.forContainer(pod, c.getName(), "Warning", "BackOff",
                "Back-off restarting failed container " + c.getName() + " in pod " + podRef);
        ContainerState last = new ContainerStateBuilder().withNewTerminated().withExitCode(1).withReason("Error")
                .withStartedAt(stamps.at(uid, "crash-" + restarts)).withFinishedAt(stamps.at(uid, "crash-" + restarts))
                .withContainerID("containerd://" + Stamps.hex(uid + restarts, 64)).endTerminated().build();
        return b.withRestartCount((int) restarts).withLastState(last)
                .withState(waiting("CrashLoopBackOff", "back-off 10s restarting failed container=" + c.getName()
                        + " pod=" + podRef))
                .build();
    }

    private static ContainerState waiting(String reason, String message) {
        return new ContainerStateBuilder().withNewWaiting().withReason(reason).withMessage(message).endWaiting()
                .build();
    }

    private static String imageId(String image) {
        int at = image.indexOf('@');
        String repo = at < 0 ? image.replaceFirst(":[^:/]+$", "") : image.substring(0, at);
        return at < 0 ? repo + "@sha256:" + Stamps.hex(image, 64) : image;
    }
}
