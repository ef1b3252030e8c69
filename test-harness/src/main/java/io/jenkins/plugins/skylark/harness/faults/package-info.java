/**
 * A fault-injecting HTTP proxy to put in front of the local registry or the fake cluster: it forwards
 * every call byte for byte, and answers a deterministic share of them with 503, 500 or a dropped
 * connection instead, as a busy registry behind a load balancer does.
 */
package io.jenkins.plugins.skylark.harness.faults;
