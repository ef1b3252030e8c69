package io.jenkins.plugins.skylark.jira;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.jenkins.plugins.skylark.jira.JiraSimulator.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.jenkins.plugins.skylark.platform.JiraFlavor;
import io.jenkins.plugins.skylark.platform.JiraServer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Data Center: REST v2 under the site's context path, Bearer PAT, {@code /search} with {@code startAt}. */
class JiraClientDataCenterTest {
    private final JiraSimulator jira = new JiraSimulator();
    private final JiraClient client = JiraClient.of(new JiraServer("corp", jira.url() + "/jira", JiraFlavor.DATA_CENTER,
            "c"), JiraAuth.dataCenter(JiraSimulator.PAT), new RecordingSleeper());

    @AfterEach
    void stop() {
        jira.close();
    }

    @Test
    void searchPagesWithStartAtUntilTheTotal() throws Exception {
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/search"))
                .withRequestBody(equalToJson("{\"startAt\":0}", true, true))
                .willReturn(json(200, "dc-search-page1.json")));
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/search"))
                .withRequestBody(equalToJson("{\"startAt\":2}", true, true))
                .willReturn(json(200, "dc-search-page2.json")));

        List<JiraIssue> issues = client.search("project = PAY", 1000);

        assertThat(issues).extracting(JiraIssue::key).containsExactly("PAY-1", "PAY-2", "PAY-3");
        assertThat(issues.get(1).fixVersions()).containsExactly("2.0");
        assertThat(issues.get(1).statusCategory()).isEqualTo("done");
        jira.server().verify(2, postRequestedFor(urlEqualTo("/jira/rest/api/2/search"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + JiraSimulator.PAT)));
    }

    @Test
    void commentIsPlainText() throws Exception {
        jira.server().stubFor(post(urlEqualTo("/jira/rest/api/2/issue/PAY-1/comment"))
                .willReturn(json(201, "{\"id\":\"10000\",\"body\":\"x\"}")));

        client.comment("PAY-1", "Deployed to prod");

        jira.server().verify(postRequestedFor(urlEqualTo("/jira/rest/api/2/issue/PAY-1/comment"))
                .withRequestBody(equalToJson("{\"body\":\"Deployed to prod\"}")));
    }

    @Test
    void transitionsUseVersionTwo() throws Exception {
        jira.server().stubFor(get(urlEqualTo("/jira/rest/api/2/issue/PAY-1/transitions"))
                .willReturn(json(200, "transitions.json")));

        assertThat(client.transitions("PAY-1")).extracting(JiraTransition::name)
                .containsExactly("To Do", "In Progress", "Done");
    }
}
