package io.jenkins.plugins.skylark.metrics.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@link ProjectReports} on the embedded default. */
class H2ProjectReportsTest extends ProjectReportsContract {

    @TempDir
    Path jenkinsHome;

    @Override
    protected DatabaseSettings freshDatabase() {
        return DatabaseSettings.embedded(jenkinsHome);
    }
}
