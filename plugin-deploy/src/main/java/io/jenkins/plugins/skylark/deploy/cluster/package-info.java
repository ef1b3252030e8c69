/**
 * How the engine reaches a cluster: the connection facts from the platform model and the fabric8
 * client built from them, in memory only (no kubeconfig file is ever written).
 */
package io.jenkins.plugins.skylark.deploy.cluster;
