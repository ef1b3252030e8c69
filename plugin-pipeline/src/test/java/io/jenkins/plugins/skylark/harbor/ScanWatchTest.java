package io.jenkins.plugins.skylark.harbor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Triggering or joining a scan, then webhook deliveries and polls until it ends. */
class ScanWatchTest {
    private static final Instant START = Instant.parse("2026-12-03T10:00:00Z");
    private static final Map<String, Integer> COUNTS = Map.of("High", 2, "Low", 5);

    private final HarborSimulator harbor = new HarborSimulator();
    private final HarborClient client = new HarborClient(harbor.endpoint(), HarborSimulator.ROBOT,
            HarborSimulator.SECRET.toCharArray());
    private final ArtifactRef orders = new ArtifactRef(harbor.host(), "shop", "orders", HarborClientTest.DIGEST);
    private final ScanWatch watch = new ScanWatch(orders, START);
    private final List<String> log = new ArrayList<>();

    @AfterEach
    void stop() {
        harbor.close();
    }

    @Test
    void triggersAScanWhenNoneRanThenPollsUntilItSucceeds() throws Exception {
        harbor.artifact(orders, COUNTS, null, "Pending", "Running", "Success");
        harbor.acceptScan(orders);

        assertThat(watch.start(client, log::add)).isEmpty();
        assertThat(watch.check(Optional.empty(), true, client)).isEmpty();
        assertThat(watch.lastStatus()).isEqualTo(ScanStatus.PENDING);
        assertThat(watch.check(Optional.empty(), false, client)).isEmpty();
        assertThat(watch.check(Optional.empty(), true, client)).isEmpty();
        Optional<ScanOverview> done = watch.check(Optional.empty(), true, client);

        assertThat(done).hasValueSatisfying(overview -> assertThat(overview.countAtLeast(Severity.HIGH)).isEqualTo(2));
        assertThat(harbor.requests("POST", orders.apiPath() + "/scan")).hasSize(1);
        assertThat(harbor.requests("GET", orders.apiPath())).hasSize(4); // no call when not asked to poll
        assertThat(log).containsExactly("Started Harbor's vulnerability scan of shop/orders@" + orders.digest()
                + "; waiting for it");
    }

    @Test
    void takesAnExistingReportWithoutScanningAgain() throws Exception {
        harbor.artifact(orders, COUNTS, "Success");

        assertThat(watch.start(client, log::add)).isPresent();
        assertThat(harbor.requests("POST", orders.apiPath() + "/scan")).isEmpty();
    }

    @Test
    void joinsARunningScanAndScansAgainAfterAnError() throws Exception {
        harbor.artifact(orders, COUNTS, "Running");
        assertThat(watch.start(client, log::add)).isEmpty();
        assertThat(harbor.requests("POST", orders.apiPath() + "/scan")).isEmpty();

        harbor.server().resetAll();
        harbor.artifact(orders, COUNTS, "Error");
        harbor.acceptScan(orders);
        assertThat(new ScanWatch(orders, START).start(client, log::add)).isEmpty();
        assertThat(harbor.requests("POST", orders.apiPath() + "/scan")).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(WebhookFormat.class)
    void endsOnTheWebhookWithoutAskingHarbor(WebhookFormat format) throws Exception {
        String event = format.scanEvent(HarborWebhookEvent.SCANNING_COMPLETED, orders, START.getEpochSecond() + 20,
                COUNTS);

        Optional<ScanOverview> done = watch.check(Optional.of(event), false, client);

        assertThat(done).hasValueSatisfying(o -> {
            assertThat(o.status()).isEqualTo(ScanStatus.SUCCESS);
            assertThat(o.countAtLeast(Severity.LOW)).isEqualTo(7);
        });
        assertThat(harbor.requests()).isEmpty();
    }

    @Test
    void ignoresAWebhookAboutAnotherDigestOrAnOlderScan() throws Exception {
        ArtifactRef other = new ArtifactRef(orders.host(), "shop", "orders", "sha256:" + "0c".repeat(32));
        String otherDigest = HarborSimulator.scanEvent(HarborWebhookEvent.SCANNING_COMPLETED, other,
                START.getEpochSecond() + 20, COUNTS);
        String older = HarborSimulator.scanEvent(HarborWebhookEvent.SCANNING_COMPLETED, orders,
                START.getEpochSecond() - 3600, COUNTS);

        assertThat(watch.check(Optional.of(otherDigest), false, client)).isEmpty();
        assertThat(watch.check(Optional.of(older), false, client)).isEmpty();
        assertThat(watch.check(Optional.of("not json"), false, client)).isEmpty();
    }

    @Test
    void aFailedScanEndsTheWatchWithAMessageNamingTheArtifact() throws Exception {
        String failed = HarborSimulator.scanEvent(HarborWebhookEvent.SCANNING_FAILED, orders,
                START.getEpochSecond() + 20, Map.of());

        ScanOverview overview = watch.check(Optional.of(failed), false, client).orElseThrow();

        assertThat(watch.failure(overview)).contains("Harbor's scan of shop/orders@" + orders.digest()
                + " ended with status Error: see the artifact's scan log in Harbor");
    }

    @Test
    void namesTheArtifactTheTimeoutAndTheLastStatusWhenTheScanNeverEnds() throws Exception {
        harbor.artifact(orders, COUNTS, "Running");
        watch.start(client, log::add);

        assertThat(watch.timeoutMessage("10m")).isEqualTo("Harbor did not finish scanning shop/orders@"
                + orders.digest() + " within 10m (last status: Running); check the scanner in Harbor"
                + " (Administration → Interrogation Services)");
    }
}
