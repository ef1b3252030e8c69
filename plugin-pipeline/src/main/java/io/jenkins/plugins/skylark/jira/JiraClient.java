package io.jenkins.plugins.skylark.jira;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.skylark.notify.Sleeper;
import io.jenkins.plugins.skylark.platform.JiraFlavor;
import io.jenkins.plugins.skylark.platform.JiraServer;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The JIRA calls Skylark makes, typed. Cloud speaks REST v3 (search through {@code POST
 * /rest/api/3/search/jql} with {@code nextPageToken} paging, comment bodies in ADF); Data Center REST v2
 * (search through {@code POST /rest/api/2/search} with {@code startAt} paging, plain-text comments).
 * Every failure is a {@link JiraException} naming the issue, transition or version concerned.
 */
public final class JiraClient {
    private static final int PAGE = 100;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final JiraFlavor flavor;
    private final String api;
    private final JiraHttp http;

    private JiraClient(JiraFlavor flavor, JiraHttp http) {
        this.flavor = flavor;
        this.api = flavor == JiraFlavor.CLOUD ? "/rest/api/3" : "/rest/api/2";
        this.http = http;
    }

    /**
     * A client for {@code server}, signing in with {@code auth}.
     *
     * @throws IllegalArgumentException when the server has no URL or flavor, or {@code auth} is for the other flavor
     */
    public static JiraClient of(JiraServer server, JiraAuth auth) {
        return of(server, auth, Sleeper.SYSTEM);
    }

    /** As {@link #of(JiraServer, JiraAuth)}, waiting (after a 429 or 503) with {@code sleeper}. */
    public static JiraClient of(JiraServer server, JiraAuth auth, Sleeper sleeper) {
        if (server.url() == null || !server.url().matches("(?i)https?://.+")) {
            throw new IllegalArgumentException(Messages.format("client.badUrl", server.id()));
        }
        if (server.flavor() == null || auth.flavor() != server.flavor()) {
            throw new IllegalArgumentException(Messages.format("client.wrongAuth", server.id(),
                    server.flavor() == null ? "-" : server.flavor().userName()));
        }
        String site = server.url().replaceAll("/+$", "");
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        return new JiraClient(server.flavor(),
                new JiraHttp(site, auth, client, sleeper, Clock.systemUTC(), TIMEOUT));
    }

    public JiraFlavor flavor() {
        return flavor;
    }

    /** The site's base URL without a trailing slash. */
    public String site() {
        return http.site();
    }

    /** Up to {@code max} issues matching {@code jql}, in JIRA's order, following the pages. */
    public List<JiraIssue> search(String jql, int max) throws JiraException, InterruptedException {
        String operation = Messages.format("op.search", jql);
        List<JiraIssue> issues = new ArrayList<>();
        String token = null;
        while (issues.size() < max) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("jql", jql);
            body.put("maxResults", Math.min(PAGE, max - issues.size()));
            body.put("fields", IssueReader.FIELDS);
            JsonNode page;
            if (flavor == JiraFlavor.CLOUD) {
                if (token != null) {
                    body.put("nextPageToken", token);
                }
                page = http.call("POST", api + "/search/jql", body, operation);
            } else {
                body.put("startAt", issues.size());
                page = http.call("POST", api + "/search", body, operation);
            }
            int before = issues.size();
            for (JsonNode issue : page.path("issues")) {
                if (issues.size() < max) {
                    issues.add(read(issue, operation));
                }
            }
            token = page.path("nextPageToken").asText(null);
            boolean last = flavor == JiraFlavor.CLOUD
                    ? token == null || page.path("isLast").asBoolean(false)
                    : issues.size() >= page.path("total").asInt(0);
            if (last || issues.size() == before) {
                break;
            }
        }
        return issues;
    }

    /** Adds {@code text} as a comment on {@code key} (Cloud: as an ADF document, one paragraph per line). */
    public void comment(String key, String text) throws JiraException, InterruptedException {
        JiraKeys.requireKey(key);
        Object body = flavor == JiraFlavor.CLOUD ? Adf.document(text) : text;
        http.call("POST", api + "/issue/" + key + "/comment", Map.of("body", body),
                Messages.format("op.comment", key));
    }

    /** The transitions {@code key} can take now (depends on its status and the account's permissions). */
    public List<JiraTransition> transitions(String key) throws JiraException, InterruptedException {
        JiraKeys.requireKey(key);
        return IssueReader.transitions(http.call("GET", api + "/issue/" + key + "/transitions", null,
                Messages.format("op.transitions", key)));
    }

    /** Runs the transition with {@code id} on {@code key}. */
    public void transition(String key, String id) throws JiraException, InterruptedException {
        JiraKeys.requireKey(key);
        http.call("POST", api + "/issue/" + key + "/transitions", Map.of("transition", Map.of("id", id)),
                Messages.format("op.transition", key, id));
    }

    /**
     * Runs the transition named {@code name} (case-insensitive) on {@code key}.
     *
     * @return the transition run
     * @throws JiraException when {@code key} has no such transition now, listing the ones it has
     */
    public JiraTransition transitionByName(String key, String name) throws JiraException, InterruptedException {
        List<JiraTransition> available = transitions(key);
        for (JiraTransition each : available) {
            if (each.name().trim().equalsIgnoreCase(name.trim())) {
                transition(key, each.id());
                return each;
            }
        }
        String names = available.stream().map(t -> "'" + t.name() + "'").collect(Collectors.joining(", "));
        throw new JiraException(Messages.format("transition.missing", site(), key, name,
                names.isEmpty() ? Messages.format("transition.none") : names), 0);
    }

    /** The versions of project {@code projectKey}. */
    public List<JiraVersion> versions(String projectKey) throws JiraException, InterruptedException {
        JiraKeys.requireProjectKey(projectKey);
        List<JiraVersion> versions = new ArrayList<>();
        http.call("GET", api + "/project/" + projectKey + "/versions", null,
                Messages.format("op.versions", projectKey)).forEach(v -> versions.add(IssueReader.version(v)));
        return versions;
    }

    /** The version named {@code name} (exactly, as JIRA compares) of {@code projectKey}, if any. */
    public java.util.Optional<JiraVersion> version(String projectKey, String name)
            throws JiraException, InterruptedException {
        return versions(projectKey).stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /** Creates the unreleased version {@code name} in {@code projectKey}. */
    public JiraVersion createVersion(String projectKey, String name) throws JiraException, InterruptedException {
        JiraKeys.requireProjectKey(projectKey);
        String projectId = http.call("GET", api + "/project/" + projectKey, null,
                Messages.format("op.project", projectKey)).path("id").asText();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("projectId", Long.parseLong(projectId));
        return IssueReader.version(http.call("POST", api + "/version", body,
                Messages.format("op.createVersion", projectKey, name)));
    }

    /** Marks {@code version} of {@code projectKey} released on {@code date}. */
    public JiraVersion releaseVersion(String projectKey, JiraVersion version, LocalDate date)
            throws JiraException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("released", true);
        body.put("releaseDate", date.toString());
        JsonNode answer = http.call("PUT", api + "/version/" + version.id(), body,
                Messages.format("op.releaseVersion", projectKey, version.name()));
        return answer.isMissingNode() ? new JiraVersion(version.id(), version.name(), true, date)
                : IssueReader.version(answer);
    }

    /** Adds {@code versionName} (an existing version of the issue's project) to {@code key}'s fix versions. */
    public void setFixVersion(String key, String versionName) throws JiraException, InterruptedException {
        JiraKeys.requireKey(key);
        Map<String, Object> add = Map.of("add", Map.of("name", versionName));
        http.call("PUT", api + "/issue/" + key, Map.of("update", Map.of("fixVersions", List.of(add))),
                Messages.format("op.fixVersion", key, versionName));
    }

    private JiraIssue read(JsonNode issue, String operation) throws JiraException {
        try {
            return IssueReader.issue(issue);
        } catch (IllegalArgumentException e) {
            throw new JiraException(Messages.format("http.unreadable", site(), operation, e.getMessage()), 200);
        }
    }

    @Override
    public String toString() {
        return "JiraClient[" + site() + ", " + flavor.name().toLowerCase(Locale.ROOT) + "]";
    }
}
