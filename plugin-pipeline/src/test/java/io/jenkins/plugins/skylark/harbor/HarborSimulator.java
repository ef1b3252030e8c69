package io.jenkins.plugins.skylark.harbor;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Harbor's {@code /api/v2.0} as WireMock, answering with the shapes of Harbor's API reference (swagger
 * {@code Artifact}, {@code NativeReportSummary}, {@code Label}, {@code Errors}): every stub requires the robot
 * account's Basic credentials and anything unauthenticated gets Harbor's 401 body. Other paths (the OCI
 * {@code /v2/} API) can be proxied to a real registry with {@link #proxyRegistry(String)}, so one host is both,
 * as a real Harbor is.
 */
public final class HarborSimulator implements AutoCloseable {
    public static final String ROBOT = "robot$shop+ci";
    public static final String SECRET = "Hb-r0b0t-s3cr3t-99";
    public static final long PROJECT_ID = 7;
    /** The registry's own account, which may create projects (a system administrator in Harbor). */
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Harbor12345-adm";
    private static final String API = "/api/v2.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer server;
    private final String authorization;
    private final String adminAuthorization = basic(ADMIN, ADMIN_PASSWORD);

    public HarborSimulator() {
        this(ROBOT, SECRET);
    }

    public HarborSimulator(String user, String password) {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        authorization = basic(user, password);
        server.stubFor(any(anyUrl()).atPriority(10).willReturn(error(401, "UNAUTHORIZED", "unauthorized")));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public URI endpoint() {
        return URI.create(server.baseUrl());
    }

    /** {@code 127.0.0.1:port}: the host in image references. */
    public String host() {
        return "localhost:" + server.port();
    }

    public WireMockServer server() {
        return server;
    }

    /** Everything but {@code /api/}: forwarded to the registry at {@code registryUrl} (no auth check here). */
    public void proxyRegistry(String registryUrl) {
        server.stubFor(any(com.github.tomakehurst.wiremock.client.WireMock.urlMatching("/v2/.*")).atPriority(5)
                .willReturn(aResponse().proxiedFrom(registryUrl)));
    }

    /** The project exists (HEAD 200, GET by name with its id) or not (404); HEAD answers the admin too. */
    public void project(String name, boolean exists) {
        stub(request("HEAD", urlEqualTo(API + "/projects?project_name=" + name)), exists ? aResponse().withStatus(200)
                : aResponse().withStatus(404));
        server.stubFor(request("HEAD", urlEqualTo(API + "/projects?project_name=" + name))
                .withHeader("Authorization", equalTo(adminAuthorization))
                .willReturn(exists ? aResponse().withStatus(200) : aResponse().withStatus(404)));
        ObjectNode project = JSON.createObjectNode().put("project_id", PROJECT_ID).put("name", name);
        stub(get(urlEqualTo(API + "/projects/" + name)).withHeader("X-Is-Resource-Name", equalTo("true")),
                exists ? json(200, project.toString())
                        : error(404, "NOT_FOUND", "project " + name + " not found"));
    }

    /**
     * {@code POST /projects} by the admin answers 201 with the new project's location; the project exists
     * afterwards. The robot account gets Harbor's 403, as a project robot cannot create projects.
     */
    public void allowProjectCreation(String name) {
        server.stubFor(post(urlEqualTo(API + "/projects")).withHeader("Authorization", equalTo(authorization))
                .willReturn(error(403, "FORBIDDEN", "forbidden")));
        server.stubFor(post(urlEqualTo(API + "/projects")).withHeader("Authorization", equalTo(adminAuthorization))
                .willReturn(aResponse().withStatus(201).withHeader("Location", API + "/projects/" + PROJECT_ID))
                .inScenario("project").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("created"));
        server.stubFor(request("HEAD", urlEqualTo(API + "/projects?project_name=" + name))
                .withHeader("Authorization", equalTo(adminAuthorization)).willReturn(aResponse().withStatus(200))
                .inScenario("project").whenScenarioStateIs("created"));
    }

    /** The artifact answers with one scan status after another, one per read; the last one stays. */
    public void artifact(ArtifactRef artifact, Map<String, Integer> counts, String... statuses) {
        for (int i = 0; i < statuses.length; i++) {
            String state = i == 0 ? Scenario.STARTED : "read-" + i;
            MappingBuilder read = get(urlPathEqualTo(API + artifact.apiPath()));
            server.stubFor(read.withHeader("Authorization", equalTo(authorization))
                    .willReturn(json(200, artifactJson(artifact, statuses[i], counts)))
                    .inScenario("artifact").whenScenarioStateIs(state)
                    .willSetStateTo(i + 1 < statuses.length ? "read-" + (i + 1) : state));
        }
    }

    /**
     * Every artifact of {@code project/repository} (any digest, e.g. one a test just pushed) answers with one
     * scan status after another, and accepts a scan.
     */
    public void anyArtifactOf(String project, String repository, Map<String, Integer> counts, String... statuses) {
        String path = API + "/projects/" + project + "/repositories/" + repository + "/artifacts/sha256:[0-9a-f]{64}";
        ArtifactRef any = new ArtifactRef(host(), project, repository, "sha256:" + "0".repeat(64));
        for (int i = 0; i < statuses.length; i++) {
            String state = i == 0 ? Scenario.STARTED : "read-" + i;
            server.stubFor(get(com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching(path))
                    .withHeader("Authorization", equalTo(authorization))
                    .willReturn(json(200, artifactJson(any, statuses[i], counts)))
                    .inScenario("artifact").whenScenarioStateIs(state)
                    .willSetStateTo(i + 1 < statuses.length ? "read-" + (i + 1) : state));
        }
        stub(post(com.github.tomakehurst.wiremock.client.WireMock.urlMatching(path.replace("[0-9a-f]{64}",
                "[0-9a-f]{64}/scan"))), aResponse().withStatus(202));
    }

    /** After the first read of {@link #artifact} with two statuses, every read answers {@code status}. */
    public void failReadsAfterTheFirst(ArtifactRef artifact, int status, String code, String message) {
        server.stubFor(get(urlPathEqualTo(API + artifact.apiPath())).atPriority(1).inScenario("artifact")
                .whenScenarioStateIs("read-1").willReturn(error(status, code, message)));
    }

    /** {@code POST …/scan} answers 202 Accepted. */
    public void acceptScan(ArtifactRef artifact) {
        stub(post(urlEqualTo(API + artifact.apiPath() + "/scan")), aResponse().withStatus(202));
    }

    /** The global labels and the project's labels, in pages of 100 with the total in {@code X-Total-Count}. */
    public void labels(List<String> global, List<String> project) {
        labelPages("scope=g", global, "g", 1);
        labelPages("scope=p&project_id=" + PROJECT_ID, project, "p", 100);
    }

    private void labelPages(String query, List<String> names, String scope, int firstId) {
        int pageSize = 100;
        for (int page = 1; page == 1 || (page - 1) * pageSize < names.size(); page++) {
            int from = Math.min(names.size(), (page - 1) * pageSize);
            stub(get(urlEqualTo(API + "/labels?" + query + "&page=" + page + "&page_size=" + pageSize)),
                    json(200, labelsJson(names.subList(from, Math.min(names.size(), from + pageSize)), scope,
                            firstId + from)).withHeader("X-Total-Count", String.valueOf(names.size())));
        }
    }

    /** {@code POST /labels} creates label 500; {@code POST …/labels} on the artifact answers 200. */
    public void acceptLabels(ArtifactRef artifact) {
        stub(post(urlEqualTo(API + "/labels")), aResponse().withStatus(201).withHeader("Location", API + "/labels/500"));
        stub(post(urlEqualTo(API + artifact.apiPath() + "/labels")), aResponse().withStatus(200));
    }

    /** Any call to {@code path} (with query) answers {@code status} with Harbor's error shape. */
    public void fail(String method, String pathAndQuery, int status, String code, String message) {
        server.stubFor(request(method, urlEqualTo(API + pathAndQuery)).atPriority(1)
                .willReturn(error(status, code, message)));
    }

    public List<LoggedRequest> requests() {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(anyUrl()));
    }

    public List<LoggedRequest> requests(String method, String pathStart) {
        return requests().stream().filter(r -> r.getMethod().getName().equals(method)
                && r.getUrl().startsWith(API + pathStart)).toList();
    }

    private void stub(MappingBuilder mapping, ResponseDefinitionBuilder answer) {
        server.stubFor(mapping.withHeader("Authorization", equalTo(authorization)).willReturn(answer));
    }

    /** Harbor's artifact: digest, tags, labels and, once a scan ran or runs, the native report's summary. */
    public static String artifactJson(ArtifactRef artifact, String status, Map<String, Integer> counts) {
        ObjectNode root = JSON.createObjectNode().put("id", 12).put("digest", artifact.digest())
                .put("media_type", "application/vnd.oci.image.manifest.v1+json");
        root.putArray("tags").addObject().put("name", "1");
        root.putArray("labels");
        if (status != null) {
            root.putObject("scan_overview").set(ScanOverview.NATIVE_REPORT, report(status, counts));
        }
        return root.toString();
    }

    /** Harbor's {@code NativeReportSummary}; counts only in a finished report, as Harbor fills them. */
    public static ObjectNode report(String status, Map<String, Integer> counts) {
        ObjectNode report = JSON.createObjectNode().put("report_id", "65e8a295-749c-44e2-93fe-2ebb49b9e51a")
                .put("scan_status", status).put("duration", 3).put("start_time", "2026-12-03T08:32:53Z")
                .put("complete_percent", "Success".equals(status) ? 100 : 40);
        ObjectNode scanner = report.putObject("scanner");
        scanner.put("name", "Trivy").put("vendor", "Aqua Security").put("version", "v0.50.1");
        if ("Success".equals(status)) {
            ObjectNode summary = report.putObject("summary");
            summary.put("total", counts.values().stream().mapToInt(Integer::intValue).sum()).put("fixable", 0);
            ObjectNode bySeverity = summary.putObject("summary");
            counts.forEach(bySeverity::put);
            report.put("severity", counts.isEmpty() ? "None" : counts.keySet().iterator().next());
            report.put("end_time", "2026-12-03T08:32:56Z");
        }
        return report;
    }

    /** Harbor's webhook payload ({@code Default} format) for the end of a scan of {@code artifact}. */
    public static String scanEvent(String type, ArtifactRef artifact, long occurAt, Map<String, Integer> counts) {
        ObjectNode root = JSON.createObjectNode().put("type", type).put("occur_at", occurAt).put("operator", "auto");
        ObjectNode data = root.putObject("event_data");
        ObjectNode resource = data.putArray("resources").addObject().put("digest", artifact.digest()).put("tag", "1")
                .put("resource_url", artifact.host() + "/" + artifact.project() + "/" + artifact.repository() + ":1");
        if (HarborWebhookEvent.SCANNING_COMPLETED.equals(type)) {
            resource.putObject("scan_overview").set(ScanOverview.NATIVE_REPORT, report("Success", counts));
        }
        data.putObject("repository").put("name", artifact.repository()).put("namespace", artifact.project())
                .put("repo_full_name", artifact.project() + "/" + artifact.repository()).put("repo_type", "private");
        return root.toString();
    }

    private static String labelsJson(List<String> names, String scope, int firstId) {
        ArrayNode labels = JSON.createArrayNode();
        for (int i = 0; i < names.size(); i++) {
            ObjectNode label = labels.addObject().put("id", firstId + i).put("name", names.get(i)).put("scope", scope)
                    .put("color", "#0095D3");
            label.put("project_id", "p".equals(scope) ? PROJECT_ID : 0);
        }
        return labels.toString();
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    static ResponseDefinitionBuilder error(int status, String code, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("errors").addObject().put("code", code).put("message", message);
        return json(status, body.toString());
    }

    @Override
    public void close() {
        server.stop();
    }
}
