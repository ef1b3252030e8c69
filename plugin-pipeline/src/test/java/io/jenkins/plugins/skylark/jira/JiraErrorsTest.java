package io.jenkins.plugins.skylark.jira;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.jenkins.plugins.skylark.jira.JiraSimulator.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.jenkins.plugins.skylark.platform.JiraFlavor;
import io.jenkins.plugins.skylark.platform.JiraServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** JIRA's error answers become messages naming the site, the operation and JIRA's reasons. */
class JiraErrorsTest {
    private final JiraSimulator jira = new JiraSimulator();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final JiraClient client = JiraClient.of(new JiraServer("acme", jira.url(), JiraFlavor.CLOUD, "c"),
            JiraAuth.cloud(JiraSimulator.EMAIL, JiraSimulator.API_TOKEN), sleeper);

    @AfterEach
    void stop() {
        jira.close();
    }

    @Test
    void unauthorisedSaysToCheckTheCredentialsWithoutShowingThem() {
        jira.server().stubFor(post(urlEqualTo("/rest/api/3/issue/SHOP-12/comment")).willReturn(aResponse()
                .withStatus(401).withHeader("Content-Type", "text/html").withBody("<html>Unauthorized</html>")));

        assertThatThrownBy(() -> client.comment("SHOP-12", "hi"))
                .isInstanceOf(JiraException.class)
                .hasMessageContaining("adding a comment to SHOP-12").hasMessageContaining("HTTP 401")
                .hasMessageContaining("check the credentials")
                .hasMessageNotContaining(JiraSimulator.API_TOKEN).hasMessageNotContaining(JiraSimulator.EMAIL)
                .satisfies(e -> assertThat(((JiraException) e).status()).isEqualTo(401));
    }

    @Test
    void notFoundCarriesJirasErrorMessages() {
        jira.server().stubFor(get(urlEqualTo("/rest/api/3/issue/SHOP-99/transitions")).willReturn(json(404,
                "{\"errorMessages\":[\"Issue does not exist or you do not have permission to see it.\"],\"errors\":{}}")));

        assertThatThrownBy(() -> client.transitionByName("SHOP-99", "Done"))
                .hasMessageContaining("reading the transitions of SHOP-99").hasMessageContaining("HTTP 404")
                .hasMessageContaining("Issue does not exist or you do not have permission to see it.");
    }

    @Test
    void fieldErrorsAreNamed() {
        jira.server().stubFor(post(urlEqualTo("/rest/api/3/version")).willReturn(json(400,
                "{\"errorMessages\":[],\"errors\":{\"name\":\"A version with this name already exists in this project.\"}}")));
        jira.server().stubFor(get(urlEqualTo("/rest/api/3/project/SHOP")).willReturn(json(200, "project.json")));

        assertThatThrownBy(() -> client.createVersion("SHOP", "1.4.0"))
                .hasMessageContaining("creating version '1.4.0' in project SHOP")
                .hasMessageContaining("name: A version with this name already exists in this project.");
    }

    @Test
    void forbiddenIsNamed() {
        jira.server().stubFor(post(urlEqualTo("/rest/api/3/issue/SHOP-12/transitions")).willReturn(json(403,
                "{\"errorMessages\":[\"You do not have permission to transition this issue.\"],\"errors\":{}}")));

        assertThatThrownBy(() -> client.transition("SHOP-12", "31"))
                .hasMessageContaining("HTTP 403").hasMessageContaining("forbidden")
                .hasMessageContaining("You do not have permission to transition this issue.");
    }

    @Test
    void rateLimitedCallsWaitAsToldAndSucceed() throws Exception {
        jira.server().stubFor(post(urlEqualTo("/rest/api/3/issue/SHOP-12/comment")).inScenario("limit")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("limited-once")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")));
        jira.server().stubFor(post(urlEqualTo("/rest/api/3/issue/SHOP-12/comment")).inScenario("limit")
                .whenScenarioStateIs("limited-once").willReturn(json(201, "{\"id\":\"1\"}")));

        client.comment("SHOP-12", "hi");

        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(7));
        jira.server().verify(2, postRequestedFor(urlEqualTo("/rest/api/3/issue/SHOP-12/comment")));
    }

    @Test
    void persistentRateLimitEndsAfterBoundedCappedWaits() {
        jira.server().stubFor(post(urlEqualTo("/rest/api/3/search/jql")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "3600").withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"Rate limit exceeded\"}")));

        assertThatThrownBy(() -> client.search("project = SHOP", 10))
                .hasMessageContaining("HTTP 429").hasMessageContaining("rate limited, still after 4 attempts")
                .hasMessageContaining("Rate limit exceeded");
        assertThat(sleeper.waits).hasSize(JiraHttp.MAX_ATTEMPTS - 1).allMatch(JiraHttp.MAX_WAIT::equals);
    }

    @Test
    void serverErrorsOtherThan503AreNotRetried() {
        jira.server().stubFor(post(urlEqualTo("/rest/api/3/issue/SHOP-12/comment")).willReturn(json(500,
                "{\"errorMessages\":[\"Internal server error\"],\"errors\":{}}")));

        assertThatThrownBy(() -> client.comment("SHOP-12", "hi"))
                .hasMessageContaining("HTTP 500").hasMessageContaining("JIRA server error");
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void unreachableSiteIsNamed() {
        String url = jira.url();
        jira.close();
        JiraClient gone = JiraClient.of(new JiraServer("acme", url, JiraFlavor.CLOUD, "c"),
                JiraAuth.cloud(JiraSimulator.EMAIL, JiraSimulator.API_TOKEN), sleeper);

        assertThatThrownBy(() -> gone.comment("SHOP-12", "hi"))
                .hasMessageContaining(url).hasMessageContaining("could not reach the server")
                .hasMessageNotContaining(JiraSimulator.API_TOKEN);
    }

    @Test
    void aKeyThatIsNotAnIssueKeyNeverReachesJira() {
        assertThatThrownBy(() -> client.comment("../admin", "hi"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'../admin'");
    }
}
