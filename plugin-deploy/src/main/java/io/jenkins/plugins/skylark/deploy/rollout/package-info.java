/**
 * Following a rollout to its end: when a workload counts as rolled out, why its pods fail (read from
 * pod status and events), its revision history, and going back to an earlier revision the way
 * {@code kubectl rollout undo} does.
 */
package io.jenkins.plugins.skylark.deploy.rollout;
