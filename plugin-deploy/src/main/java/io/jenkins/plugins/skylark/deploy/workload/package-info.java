/**
 * The workload kinds whose rollout the engine follows (Deployment, StatefulSet, DaemonSet), with
 * uniform access to their pod template, selector and client operations.
 */
package io.jenkins.plugins.skylark.deploy.workload;
