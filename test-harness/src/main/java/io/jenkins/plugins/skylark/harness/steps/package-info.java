/**
 * Runs Pipeline steps: a {@code StepContext} that serves the build's objects and what enclosing
 * block steps add, block bodies given as Java lambdas, and parallel branches on separate threads.
 */
package io.jenkins.plugins.skylark.harness.steps;
