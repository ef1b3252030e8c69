/**
 * Gray release without a controller in the cluster: a canary (or blue-green "green") workload beside the
 * stable one, traffic moved by the environment's router ({@code router}), measured by analyses
 * ({@code analysis}), with the release's state and lock kept in the cluster ({@code state}) so that a
 * later build, or the same build after a restart, can resume, promote or abort it.
 */
package io.jenkins.plugins.skylark.deploy.release;
