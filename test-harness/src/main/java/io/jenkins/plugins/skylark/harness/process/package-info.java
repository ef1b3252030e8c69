/**
 * Processes the tests start: a child JVM on the test's own class path, killed the hard way ({@code SIGKILL})
 * for crash tests that must show what survives a {@code kill -9} of the controller; and the helpers shared
 * by the real servers the harness launches on loopback ports.
 */
package io.jenkins.plugins.skylark.harness.process;
