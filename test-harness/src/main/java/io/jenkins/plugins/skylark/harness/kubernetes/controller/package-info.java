/**
 * The fake cluster's controllers, run by
 * {@link io.jenkins.plugins.skylark.harness.kubernetes.controller.ControllerManager}: deployment, replica set,
 * stateful set, daemon set, scheduler + kubelet simulation, garbage collection, and the events they record.
 * Durations (container start-up, progress deadlines, a deployment's {@code minReadySeconds}) run on simulated time.
 */
package io.jenkins.plugins.skylark.harness.kubernetes.controller;
