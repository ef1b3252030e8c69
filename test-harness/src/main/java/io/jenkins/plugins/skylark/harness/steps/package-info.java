/**
 * Runs Pipeline steps: a {@code StepContext} that serves the build's objects and what enclosing
 * block steps add, block bodies given as Java lambdas, and parallel branches on separate threads.
 * Like Pipeline, it saves the running program with JBoss Marshalling River at step boundaries
 * ({@link io.jenkins.plugins.skylark.harness.steps.RiverRoundTrip}) and can simulate a controller
 * restart ({@link io.jenkins.plugins.skylark.harness.steps.RunningStep#restartController()}).
 */
package io.jenkins.plugins.skylark.harness.steps;
