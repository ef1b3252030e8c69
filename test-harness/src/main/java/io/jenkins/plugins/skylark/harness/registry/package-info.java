/**
 * A real OCI registry for tests: the Debian {@code docker-registry} binary (CNCF distribution) started
 * on a free loopback port with throw-away storage, optionally behind basic auth over TLS, plus a byte
 * counting TCP proxy and a JUnit 5 condition for machines without the binary.
 */
package io.jenkins.plugins.skylark.harness.registry;
