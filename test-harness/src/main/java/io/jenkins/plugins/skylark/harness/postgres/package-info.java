/**
 * Throwaway PostgreSQL clusters for tests: {@link io.jenkins.plugins.skylark.harness.postgres.PostgresCluster}
 * runs the Debian {@code postgresql} binaries ({@code initdb}, {@code pg_ctl}, {@code createdb}) in a
 * temporary directory on a free loopback port, and removes everything when closed.
 */
package io.jenkins.plugins.skylark.harness.postgres;
