package io.jenkins.plugins.skylark.metrics.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done in one transaction on one connection. It may run more than once (see {@link MetricsDatabase}). */
@FunctionalInterface
interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
