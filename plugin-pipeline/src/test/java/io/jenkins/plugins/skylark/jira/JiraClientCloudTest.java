package io.jenkins.plugins.skylark.jira;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.jenkins.plugins.skylark.jira.JiraSimulator.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.jenkins.plugins.skylark.platform.JiraFlavor;
import io.jenkins.plugins.skylark.platform.JiraServer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Cloud: REST v3, Basic e-mail:API token, {@code /search/jql} with {@code nextPageToken}, ADF comments. */
class JiraClientCloudTest {
    private final JiraSimulator jira = new JiraSimulator();
    private final JiraClient client = JiraClient.of(new JiraServer("acme", jira.url() + "/", JiraFlavor.CLOUD, "c"),
            JiraAuth.cloud(JiraSimulator.EMAIL, JiraSimulator.API_TOKEN), new RecordingSleeper());

    @AfterEach
    void stop() {
        jira.close();
    }

    @Test
    void searchFollowsNextPageTokenAndReadsTheFields() throws Exception {
        jira.server().stubFor(post(urlEqualTo("/rest/api/3/search/jql"))
                .withRequestBody(matchingJsonPath("$.nextPageToken", WireMock.absent()))
                .willReturn(json(200, "cloud-search-page1.json")));
        jira.server().stubFor(post(urlEqualTo("/rest/api/3/search/jql"))
                .withRequestBody(matchingJsonPath("$.nextPageToken", equalTo("CAEaAggD")))
                .willReturn(json(200, "cloud-search-page2.json")));

        List<JiraIssue> issues = client.search("project = SHOP", 50);

        assertThat(issues).extracting(JiraIssue::key).containsExactly("SHOP-12", "SHOP-13");
        JiraIssue first = issues.get(0);
        assertThat(first.type()).isEqualTo("Story");
        assertThat(first.summary()).isEqualTo("Cart total ignores discounts");
        assertThat(first.statusCategory()).isEqualTo("done");
        assertThat(first.created()).isEqualTo(Instant.parse("2026-11-30T09:15:02.123Z"));
        assertThat(first.resolved()).isEqualTo(Instant.parse("2026-12-01T15:40:00Z"));
        assertThat(first.fixVersions()).containsExactly("1.4.0");
        assertThat(first.linkedKeys()).containsExactly("SHOP-14", "OPS-3");
        assertThat(issues.get(1).resolved()).isNull();
        assertThat(issues.get(1).statusCategory()).isEqualTo("indeterminate");

        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (JiraSimulator.EMAIL + ":" + JiraSimulator.API_TOKEN).getBytes(StandardCharsets.UTF_8));
        List<LoggedRequest> requests = jira.server().findAll(postRequestedFor(urlEqualTo("/rest/api/3/search/jql")));
        assertThat(requests).hasSize(2).allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo(basic));
        JsonNode body = JiraSimulator.parse(requests.get(0).getBodyAsString());
        assertThat(body.path("jql").asText()).isEqualTo("project = SHOP");
        assertThat(body.path("fields").toString()).contains("issuelinks", "fixVersions", "resolutiondate");
    }

    @Test
    void searchStopsAtMax() throws Exception {
        jira.server().stubFor(post(urlEqualTo("/rest/api/3/search/jql"))
                .willReturn(json(200, "cloud-search-page1.json")));

        assertThat(client.search("project = SHOP", 1)).extracting(JiraIssue::key).containsExactly("SHOP-12");
        jira.server().verify(1, postRequestedFor(urlEqualTo("/rest/api/3/search/jql"))
                .withRequestBody(matchingJsonPath("$.maxResults", equalTo("1"))));
    }

    @Test
    void commentIsAnAdfDocumentWithLinks() throws Exception {
        jira.server().stubFor(post(urlEqualTo("/rest/api/3/issue/SHOP-12/comment"))
                .willReturn(json(201, "{\"id\":\"10000\",\"body\":{\"type\":\"doc\",\"version\":1}}")));

        client.comment("SHOP-12", "Deployed to prod\nBuild: https://ci.example.com/job/shop/7/");

        LoggedRequest request = jira.server().findAll(postRequestedFor(
                urlEqualTo("/rest/api/3/issue/SHOP-12/comment"))).get(0);
        JsonNode doc = JiraSimulator.parse(request.getBodyAsString()).path("body");
        assertThat(doc.path("type").asText()).isEqualTo("doc");
        assertThat(doc.path("version").asInt()).isEqualTo(1);
        assertThat(doc.path("content")).hasSize(2);
        assertThat(doc.at("/content/0/content/0/text").asText()).isEqualTo("Deployed to prod");
        assertThat(doc.at("/content/1/content/0/text").asText()).isEqualTo("Build: ");
        assertThat(doc.at("/content/1/content/1/marks/0/attrs/href").asText())
                .isEqualTo("https://ci.example.com/job/shop/7/");
    }

    @Test
    void transitionIsFoundByNameIgnoringCase() throws Exception {
        jira.server().stubFor(get(urlEqualTo("/rest/api/3/issue/SHOP-12/transitions"))
                .willReturn(json(200, "transitions.json")));
        jira.server().stubFor(post(urlEqualTo("/rest/api/3/issue/SHOP-12/transitions"))
                .willReturn(WireMock.aResponse().withStatus(204)));

        JiraTransition done = client.transitionByName("SHOP-12", "done");

        assertThat(done).isEqualTo(new JiraTransition("31", "Done"));
        jira.server().verify(postRequestedFor(urlEqualTo("/rest/api/3/issue/SHOP-12/transitions"))
                .withRequestBody(equalToJson("{\"transition\":{\"id\":\"31\"}}")));
    }

    @Test
    void aMissingTransitionNamesTheIssueAndTheAvailableOnes() throws Exception {
        jira.server().stubFor(get(urlEqualTo("/rest/api/3/issue/SHOP-12/transitions"))
                .willReturn(json(200, "transitions.json")));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.transitionByName("SHOP-12", "Deployed"))
                .isInstanceOf(JiraException.class)
                .hasMessageContaining("SHOP-12").hasMessageContaining("'Deployed'")
                .hasMessageContaining("'To Do', 'In Progress', 'Done'");
        jira.server().verify(0, postRequestedFor(urlEqualTo("/rest/api/3/issue/SHOP-12/transitions")));
    }

    @Test
    void versionsAreCreatedWithTheProjectIdAndReleasedWithADate() throws Exception {
        jira.server().stubFor(get(urlEqualTo("/rest/api/3/project/SHOP/versions")).willReturn(json(200, "versions.json")));
        jira.server().stubFor(get(urlEqualTo("/rest/api/3/project/SHOP")).willReturn(json(200, "project.json")));
        jira.server().stubFor(post(urlEqualTo("/rest/api/3/version")).willReturn(json(201, "created-version.json")));
        jira.server().stubFor(put(urlEqualTo("/rest/api/3/version/10002")).willReturn(json(200,
                "{\"id\":\"10002\",\"name\":\"1.5.0\",\"released\":true,\"releaseDate\":\"2026-12-03\"}")));

        assertThat(client.versions("SHOP")).containsExactly(
                new JiraVersion("10000", "1.3.0", true, LocalDate.of(2026, 11, 1)),
                new JiraVersion("10001", "1.4.0", false, null));
        assertThat(client.version("SHOP", "1.5.0")).isEmpty();
        JiraVersion created = client.createVersion("SHOP", "1.5.0");
        JiraVersion released = client.releaseVersion("SHOP", created, LocalDate.of(2026, 12, 3));

        assertThat(released).isEqualTo(new JiraVersion("10002", "1.5.0", true, LocalDate.of(2026, 12, 3)));
        jira.server().verify(postRequestedFor(urlEqualTo("/rest/api/3/version"))
                .withRequestBody(equalToJson("{\"name\":\"1.5.0\",\"projectId\":10000}")));
        jira.server().verify(putRequestedFor(urlEqualTo("/rest/api/3/version/10002"))
                .withRequestBody(equalToJson("{\"released\":true,\"releaseDate\":\"2026-12-03\"}")));
    }

    @Test
    void fixVersionIsAddedNotReplaced() throws Exception {
        jira.server().stubFor(put(urlEqualTo("/rest/api/3/issue/SHOP-12")).willReturn(WireMock.aResponse().withStatus(204)));

        client.setFixVersion("SHOP-12", "1.4.0");

        jira.server().verify(putRequestedFor(urlEqualTo("/rest/api/3/issue/SHOP-12")).withRequestBody(
                equalToJson("{\"update\":{\"fixVersions\":[{\"add\":{\"name\":\"1.4.0\"}}]}}")));
    }

    @Test
    void aDataCenterTokenIsRefusedForACloudSite() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JiraClient.of(
                        new JiraServer("acme", jira.url(), JiraFlavor.CLOUD, "c"), JiraAuth.dataCenter(JiraSimulator.PAT)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'acme'")
                .hasMessageNotContaining(JiraSimulator.PAT);
    }
}
