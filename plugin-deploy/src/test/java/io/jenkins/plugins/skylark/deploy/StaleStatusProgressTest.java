package io.jenkins.plugins.skylark.deploy;

import static io.jenkins.plugins.skylark.deploy.FakeClusterDeploys.FAST;
import static io.jenkins.plugins.skylark.deploy.FakeClusterDeploys.deploy;
import static io.jenkins.plugins.skylark.deploy.FakeClusterDeploys.image;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harness.kubernetes.FakeKubernetes;
import io.jenkins.plugins.skylark.harness.kubernetes.controller.Timings;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Progress lines on a cluster whose controllers notice a change late (one real second): meanwhile every read
 * returns the status written for the previous spec, which must not be printed as progress.
 */
class StaleStatusProgressTest {
    private static final String NS = "shop-prod";
    private static final Pattern PROGRESS = Pattern.compile("deployment/orders: (\\d+) of (\\d+) updated, \\d+ available");

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private FakeKubernetes cluster;
    private DeployEngine engine;

    @BeforeEach
    void start() {
        // pods take a third of a real second to start, so the new rollout has counts worth printing
        cluster = FakeKubernetes.builder().speed(30).observationLag(Duration.ofSeconds(30))
                .timings(new Timings(Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ofSeconds(10)))
                .namespaces(NS).start();
        engine = FakeClusterDeploys.engine(cluster, lines::add);
        assertThat(deploy(engine, NS, image(1), FAST).status()).isEqualTo(DeployStatus.SUCCEEDED);
        lines.clear();
    }

    @AfterEach
    void stop() {
        engine.close();
        cluster.close();
    }

    @Test
    void shouldNotPrintTheOldRolloutsCountsBeforeTheNewOnes() {
        DeployResult result = deploy(engine, NS, image(2), FAST);

        assertThat(result.status()).as(result.message()).isEqualTo(DeployStatus.SUCCEEDED);
        List<int[]> counts = progress();
        assertThat(counts).as("%s", lines).isNotEmpty();
        for (int i = 1; i < counts.size(); i++) {
            assertThat(counts.get(i)[0]).as("updated count going back in %s", lines)
                    .isGreaterThanOrEqualTo(counts.get(i - 1)[0]);
        }
        assertThat(lines).contains("deployment/orders: rolled out");
    }

    /** {updated, wanted} of each progress line, in order. */
    private List<int[]> progress() {
        return lines.stream().map(PROGRESS::matcher).filter(Matcher::matches)
                .map(m -> new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))}).toList();
    }
}
