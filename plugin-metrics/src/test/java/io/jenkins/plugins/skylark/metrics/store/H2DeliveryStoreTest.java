package io.jenkins.plugins.skylark.metrics.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store on the embedded default: an H2 file database under a temporary JENKINS_HOME. */
class H2DeliveryStoreTest extends DeliveryStoreContract {

    @TempDir
    Path jenkinsHome;

    @Override
    protected DatabaseSettings freshDatabase() {
        return DatabaseSettings.embedded(jenkinsHome);
    }

    @Override
    protected DatabaseSettings reopenSettings() {
        return DatabaseSettings.embedded(jenkinsHome);
    }
}
