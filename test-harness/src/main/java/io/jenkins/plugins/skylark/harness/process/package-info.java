/**
 * A child JVM on the test's own class path, killed the hard way ({@code SIGKILL}): for crash tests that
 * must show what survives a {@code kill -9} of the controller.
 */
package io.jenkins.plugins.skylark.harness.process;
