/**
 * The fake cluster's controllers, run by
 * {@link io.jenkins.plugins.skylark.harness.kubernetes.controller.ControllerManager}: deployment, replica set,
 * stateful set, daemon set, scheduler + kubelet simulation, garbage collection, and the events they record.
 */
package io.jenkins.plugins.skylark.harness.kubernetes.controller;
