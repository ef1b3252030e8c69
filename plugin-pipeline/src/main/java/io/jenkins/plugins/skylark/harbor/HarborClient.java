package io.jenkins.plugins.skylark.harbor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The few Harbor {@code /api/v2.0} calls the steps make, typed; every failure is a {@link HarborException} naming
 * the project, repository or digest. Basic authentication with a user or robot account ({@code robot$shop+ci}:
 * the name travels only in the header, so {@code $} and {@code +} need nothing special). No secret is ever part
 * of a message.
 */
public final class HarborClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Which report types {@code scan_overview} should hold: Harbor's native one, then the older adapter one. */
    private static final String ACCEPT_VULNERABILITIES = ScanOverview.NATIVE_REPORT
            + ", application/vnd.scanner.adapter.vuln.report.harbor+json; version=1.0";
    private static final int PAGE_SIZE = 100;
    private static final int MAX_PAGES = 100;

    private final URI api;
    private final String harbor;
    private final String user;
    private final String authorization;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param endpoint the registry's endpoint, e.g. {@code https://harbor.example.com}
     * @param user the account, or {@code null} for anonymous calls
     * @param password its password or robot secret; copied into the header, the caller clears its array
     */
    public HarborClient(URI endpoint, String user, char[] password) {
        this(endpoint, user, password, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    }

    HarborClient(URI endpoint, String user, char[] password, HttpClient http) {
        String base = endpoint.toString().replaceAll("/+$", "");
        this.api = URI.create(base + "/api/v2.0");
        this.harbor = endpoint.getPort() < 0 ? endpoint.getHost() : endpoint.getHost() + ":" + endpoint.getPort();
        this.user = user == null ? "anonymous" : user;
        this.authorization = user == null ? null : basic(user, password);
        this.http = http;
    }

    private static String basic(String user, char[] password) {
        CharBuffer pair = CharBuffer.allocate(user.length() + 1 + password.length).put(user).put(':').put(password);
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(pair.flip());
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        try {
            return "Basic " + Base64.getEncoder().encodeToString(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
            Arrays.fill(encoded.array(), (byte) 0);
            Arrays.fill(pair.array(), '\0');
        }
    }

    /** Harbor's {@code host[:port]}, as messages name it. */
    public String harbor() {
        return harbor;
    }

    /** {@code HEAD /projects?project_name=}: 200 when the project exists, 404 when not. */
    public boolean projectExists(String project) throws HarborException, InterruptedException {
        String action = Messages.format("Harbor.action.readProject", project);
        HttpResponse<String> answer = send(request("/projects?project_name=" + ArtifactRef.encode(project))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()), action);
        if (answer.statusCode() == 404) {
            return false;
        }
        check(answer, action);
        return true;
    }

    /** {@code POST /projects}, private; one created meanwhile by someone else (409) is as good. */
    public void createProject(String project) throws HarborException, InterruptedException {
        ObjectNode body = json.createObjectNode().put("project_name", project);
        body.putObject("metadata").put("public", "false");
        String action = Messages.format("Harbor.action.createProject", project);
        HttpResponse<String> answer = send(post("/projects", body), action);
        if (answer.statusCode() != 409) {
            check(answer, action);
        }
    }

    /** The numeric id project labels are scoped by. */
    public long projectId(String project) throws HarborException, InterruptedException {
        String action = Messages.format("Harbor.action.readProject", project);
        JsonNode answer = read(request("/projects/" + ArtifactRef.encode(project))
                .header("X-Is-Resource-Name", "true").GET(), action);
        return answer.path("project_id").asLong();
    }

    /** The artifact with its scan overview, labels and tags. */
    public HarborArtifact artifact(ArtifactRef artifact) throws HarborException, InterruptedException {
        String action = Messages.format("Harbor.action.readArtifact", artifact.describe());
        JsonNode answer = read(request(artifact.apiPath() + "?with_scan_overview=true&with_label=true&with_tag=true")
                .header("X-Accept-Vulnerabilities", ACCEPT_VULNERABILITIES).GET(), action);
        return new HarborArtifact(answer.path("digest").asText(artifact.digest()),
                ScanOverview.read(answer.get("scan_overview")), names(answer.path("labels")),
                names(answer.path("tags")));
    }

    /** {@code POST …/scan} (202); a scan already running (409) is as good. */
    public void scan(ArtifactRef artifact) throws HarborException, InterruptedException {
        String action = Messages.format("Harbor.action.scan", artifact.describe());
        HttpResponse<String> answer = send(post(artifact.apiPath() + "/scan", json.createObjectNode()), action);
        if (answer.statusCode() != 409) {
            check(answer, action);
        }
    }

    /**
     * The global labels ({@code projectId} {@code null}) or those of one project, every page: until a page comes
     * back short or the {@code X-Total-Count} Harbor sends is reached (at most {@value #MAX_PAGES} pages, so a
     * server that ignores {@code page} cannot keep us asking).
     */
    public List<HarborLabel> labels(Long projectId) throws HarborException, InterruptedException {
        String query = projectId == null ? "scope=g" : "scope=p&project_id=" + projectId;
        String action = Messages.format("Harbor.action.listLabels", projectId == null ? "g" : "p");
        List<HarborLabel> labels = new ArrayList<>();
        for (int page = 1; page <= MAX_PAGES; page++) {
            HttpResponse<String> answer = check(send(request("/labels?" + query + "&page=" + page + "&page_size="
                    + PAGE_SIZE).GET(), action), action);
            JsonNode items = body(answer, action);
            for (JsonNode label : items) {
                labels.add(new HarborLabel(label.path("id").asLong(), label.path("name").asText(),
                        "p".equals(label.path("scope").asText())));
            }
            long total = answer.headers().firstValueAsLong("X-Total-Count").orElse(Long.MAX_VALUE);
            if (items.size() < PAGE_SIZE || labels.size() >= total) {
                break;
            }
        }
        return labels;
    }

    /** Creates a label of the project; its id is read back from the {@code Location} Harbor answers with. */
    public HarborLabel createLabel(String name, long projectId) throws HarborException, InterruptedException {
        ObjectNode body = json.createObjectNode().put("name", name).put("scope", "p").put("project_id", projectId);
        String action = Messages.format("Harbor.action.createLabel", name);
        HttpResponse<String> answer = check(send(post("/labels", body), action), action);
        String location = answer.headers().firstValue("Location").orElse("");
        String id = location.substring(location.lastIndexOf('/') + 1);
        if (!id.matches("[0-9]+")) {
            throw new HarborException(answer.statusCode(), Messages.format("Harbor.noLocation", harbor, action));
        }
        return new HarborLabel(Long.parseLong(id), name, true);
    }

    /** {@code POST …/labels}; a label already on the artifact (409) is as good. */
    public void addLabel(ArtifactRef artifact, HarborLabel label) throws HarborException, InterruptedException {
        String action = Messages.format("Harbor.action.addLabel", label.name(), artifact.describe());
        HttpResponse<String> answer = send(post(artifact.apiPath() + "/labels",
                json.createObjectNode().put("id", label.id())), action);
        if (answer.statusCode() != 409) {
            check(answer, action);
        }
    }

    private static List<String> names(JsonNode items) {
        List<String> names = new ArrayList<>();
        items.forEach(item -> names.add(item.path("name").asText()));
        return names;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path)).timeout(TIMEOUT)
                .header("Accept", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private HttpRequest.Builder post(String path, JsonNode body) {
        return request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    private JsonNode read(HttpRequest.Builder request, String action) throws HarborException, InterruptedException {
        return body(check(send(request, action), action), action);
    }

    private JsonNode body(HttpResponse<String> answer, String action) throws HarborException {
        try {
            return json.readTree(answer.body());
        } catch (IOException e) {
            throw new HarborException(answer.statusCode(), Messages.format("Harbor.notJson", harbor, action));
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String action)
            throws HarborException, InterruptedException {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw HarborErrors.unreachable(harbor, action, e);
        }
    }

    private HttpResponse<String> check(HttpResponse<String> answer, String action) throws HarborException {
        if (answer.statusCode() / 100 != 2) {
            throw HarborErrors.of(answer.statusCode(), answer.body(), harbor, user, action);
        }
        return answer;
    }
}
