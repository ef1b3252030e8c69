/**
 * A gray release's state and lock, kept in the cluster so that nothing is lost when Jenkins or the build
 * stops: the state in a ConfigMap owned by the release, the lock in a {@code coordination.k8s.io/v1} Lease
 * naming the build that holds it.
 */
package io.jenkins.plugins.skylark.deploy.release.state;
