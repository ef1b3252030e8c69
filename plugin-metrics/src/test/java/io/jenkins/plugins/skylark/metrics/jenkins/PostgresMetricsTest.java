package io.jenkins.plugins.skylark.metrics.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.credentials.TestUsernamePasswordCredentials;
import io.jenkins.plugins.skylark.harness.postgres.PostgresCluster;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import io.jenkins.plugins.skylark.metrics.dora.Deployment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The same steps on PostgreSQL, logged in with a credential (the test server trusts any password). */
class PostgresMetricsTest {
    private static PostgresCluster postgres;

    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @BeforeAll
    static void startPostgres() {
        postgres = PostgresCluster.startOrSkip();
    }

    @AfterAll
    static void stopPostgres() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @AfterEach
    void closeStore() {
        MetricsConfiguration.get().closeDatabase();
    }

    @Test
    void shouldRecordOnceAndReportFromPostgres() throws Exception {
        jenkins.credentials().addGlobal(new TestUsernamePasswordCredentials("metrics-db", postgres.user(), "unused"));
        MetricsConfiguration.get().replace(new MetricsSettings(postgres.jdbcUrl(), "metrics-db", null));
        StepRunner build = jenkins.newBuild(jenkins.job("shop/deploy"));
        RecordDeliveryStep deploy = new RecordDeliveryStep("DEPLOYED", "shop");
        deploy.setEnvironment("production");
        deploy.setVersion("v1");
        deploy.setOccurredAt("2026-03-03T09:00:00Z");

        assertThat(build.run(deploy)).isEqualTo(true);
        assertThat(build.run(deploy)).isEqualTo(false);

        assertThat(MetricsTestSupport.history().deployments()).extracting(Deployment::version).containsExactly("v1");
        assertThat(jenkins.home().resolve("skylark-metrics")).doesNotExist();
    }
}
