package io.jenkins.plugins.skylark.harbor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The client against the Harbor simulator: paths, encoding, credentials, shapes and Harbor's error answers. */
class HarborClientTest {
    static final String DIGEST = "sha256:" + "b5".repeat(32);

    private final HarborSimulator harbor = new HarborSimulator();
    private final HarborClient client = new HarborClient(harbor.endpoint(), HarborSimulator.ROBOT,
            HarborSimulator.SECRET.toCharArray());
    private final ArtifactRef orders = new ArtifactRef(harbor.host(), "shop", "team/orders", DIGEST);

    @AfterEach
    void stop() {
        harbor.close();
    }

    @Test
    void readsTheScanOverviewByDigestWithTheRepositoryEncodedTwiceAndTheRobotsBasicCredentials() throws Exception {
        harbor.artifact(orders, Map.of("Critical", 1, "High", 4, "Negligible", 2, "Unknown", 1), "Success");

        HarborArtifact artifact = client.artifact(orders);

        assertThat(artifact.overview().status()).isEqualTo(ScanStatus.SUCCESS);
        assertThat(artifact.overview().countsById()).containsExactly(Map.entry("critical", 1), Map.entry("high", 4),
                Map.entry("medium", 0), Map.entry("low", 2), Map.entry("unknown", 1));
        assertThat(artifact.overview().scanner()).isEqualTo("Trivy v0.50.1");
        assertThat(artifact.tags()).containsExactly("1");
        LoggedRequest request = harbor.requests().get(0);
        assertThat(request.getUrl()).isEqualTo("/api/v2.0/projects/shop/repositories/team%252Forders/artifacts/"
                + DIGEST + "?with_scan_overview=true&with_label=true&with_tag=true");
        assertThat(request.getHeader("X-Accept-Vulnerabilities")).startsWith(ScanOverview.NATIVE_REPORT);
        String credentials = new String(Base64.getDecoder().decode(request.getHeader("Authorization").substring(6)),
                StandardCharsets.UTF_8);
        assertThat(credentials).isEqualTo("robot$shop+ci:" + HarborSimulator.SECRET);
    }

    @Test
    void readsAnArtifactWithoutReportAsNotScanned() throws Exception {
        harbor.artifact(orders, Map.of(), (String) null);

        assertThat(client.artifact(orders).overview()).isEqualTo(ScanOverview.NOT_SCANNED);
    }

    @Test
    void tellsWhetherAProjectExistsAndCreatesAPrivateOne() throws Exception {
        harbor.project("shop", false);
        harbor.allowProjectCreation("shop");
        HarborClient admin = new HarborClient(harbor.endpoint(), HarborSimulator.ADMIN,
                HarborSimulator.ADMIN_PASSWORD.toCharArray());

        assertThat(admin.projectExists("shop")).isFalse();
        assertThatThrownBy(() -> client.createProject("shop")).isInstanceOf(HarborException.class)
                .hasMessageContaining("does not allow user 'robot$shop+ci' to create the project 'shop' (HTTP 403)");
        admin.createProject("shop");

        assertThat(admin.projectExists("shop")).isTrue();
        LoggedRequest create = harbor.requests("POST", "/projects").get(1);
        assertThat(new ObjectMapper().readTree(create.getBodyAsString()))
                .isEqualTo(new ObjectMapper().readTree("{\"project_name\":\"shop\",\"metadata\":{\"public\":\"false\"}}"));
    }

    @Test
    void triggersAScanAndTakesAScanAlreadyRunningAsStarted() throws Exception {
        harbor.acceptScan(orders);
        client.scan(orders);
        harbor.fail("POST", orders.apiPath() + "/scan", 409, "CONFLICT", "a previous scan process is running");
        client.scan(orders);

        assertThat(harbor.requests("POST", orders.apiPath() + "/scan")).hasSize(2);
    }

    @Test
    void listsCreatesAndAttachesLabels() throws Exception {
        harbor.project("shop", true);
        harbor.labels(List.of("release"), List.of("qa-passed"));
        harbor.acceptLabels(orders);

        long projectId = client.projectId("shop");
        List<HarborLabel> global = client.labels(null);
        List<HarborLabel> project = client.labels(projectId);
        HarborLabel created = client.createLabel("hotfix", projectId);
        client.addLabel(orders, project.get(0));

        assertThat(global).containsExactly(new HarborLabel(1, "release", false));
        assertThat(project).containsExactly(new HarborLabel(100, "qa-passed", true));
        assertThat(created).isEqualTo(new HarborLabel(500, "hotfix", true));
        assertThat(harbor.requests("POST", orders.apiPath() + "/labels").get(0).getBodyAsString())
                .isEqualTo("{\"id\":100}");
    }

    @ParameterizedTest
    @CsvSource({"250, 3", "100, 1", "0, 1"})
    void readsEveryPageOfLabels(int count, int pages) throws Exception {
        List<String> names = IntStream.range(0, count).mapToObj(i -> "label-" + i).toList();
        harbor.labels(List.of(), names);

        List<HarborLabel> labels = client.labels(HarborSimulator.PROJECT_ID);

        assertThat(labels).extracting(HarborLabel::name).containsExactlyElementsOf(names);
        assertThat(harbor.requests("GET", "/labels?")).as("pages asked, the total known from X-Total-Count")
                .hasSize(pages);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "401|UNAUTHORIZED|unauthorized|refused the credentials of user 'robot$shop+ci' (HTTP 401) when trying to read the artifact shop/team/orders@",
        "403|FORBIDDEN|forbidden|does not allow user 'robot$shop+ci' to read the artifact shop/team/orders@",
        "404|NOT_FOUND|artifact not found|cannot read the artifact shop/team/orders@",
        "412|PRECONDITION|blocked|precondition failed (HTTP 412)",
        "429|TOO_MANY_REQUESTS|slow down|too many requests (HTTP 429)",
        "503|SERVICE_UNAVAILABLE|core down|server error (HTTP 503)"})
    void turnsHarborsErrorsIntoMessagesNamingTheArtifactAndHarborsText(int status, String code, String text,
            String expected) {
        harbor.fail("GET", orders.apiPath() + "?with_scan_overview=true&with_label=true&with_tag=true", status, code,
                text);

        assertThatThrownBy(() -> client.artifact(orders)).isInstanceOf(HarborException.class)
                .hasMessageStartingWith("Harbor " + harbor.host())
                .hasMessageContaining(expected)
                .hasMessageEndingWith(" — Harbor: " + code + ": " + text)
                .satisfies(e -> assertThat(((HarborException) e).status()).isEqualTo(status))
                .message().doesNotContain(HarborSimulator.SECRET);
    }

    @Test
    void namesAnUnreachableHarbor() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        HarborClient closed = new HarborClient(URI.create("http://127.0.0.1:" + port), "robot$x", "s".toCharArray());

        assertThatThrownBy(() -> closed.projectExists("shop")).isInstanceOf(HarborException.class)
                .hasMessageStartingWith("Harbor 127.0.0.1:" + port + " is unreachable when trying to read the project 'shop'");
    }
}
