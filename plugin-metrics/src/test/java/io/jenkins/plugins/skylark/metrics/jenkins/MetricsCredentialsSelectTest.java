package io.jenkins.plugins.skylark.metrics.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.security.ACLContext;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.credentials.TestStringCredentials;
import io.jenkins.plugins.skylark.harness.credentials.TestUsernamePasswordCredentials;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The database login is the credentials plugin's select of global username/password credentials, for administrators. */
class MetricsCredentialsSelectTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @BeforeEach
    void credentials() {
        jenkins.credentials().addGlobal(new TestUsernamePasswordCredentials("metrics-db", "skylark", "pw"));
        jenkins.credentials().addGlobal(new TestStringCredentials("api-token", "t"));
        jenkins.credentials().addToFolder("shop", new TestUsernamePasswordCredentials("shop-db", "shop", "pw"));
        jenkins.secure().grant("admin", Jenkins.ADMINISTER);
    }

    @Test
    void shouldListGlobalUsernamePasswordCredentialsToAdministrators() {
        try (ACLContext ignored = jenkins.actAs("admin")) {
            assertThat(values(MetricsConfiguration.get().doFillCredentialsIdItems(""))).containsExactly("", "metrics-db");
        }
    }

    @Test
    void shouldShowOthersOnlyTheCurrentValue() {
        try (ACLContext ignored = jenkins.actAs("someone")) {
            assertThat(values(MetricsConfiguration.get().doFillCredentialsIdItems("metrics-db"))).containsExactly("metrics-db");
        }
    }

    @Test
    void shouldUseTheCredentialsSelectInTheForm() throws Exception {
        try (InputStream in = MetricsConfiguration.class.getResourceAsStream("MetricsConfiguration/config.jelly")) {
            String jelly = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(jelly).contains("xmlns:c=\"/lib/credentials\"")
                    .containsPattern("field=\"credentialsId\"[^>]*>\\s*<c:select/>");
        }
    }

    private static List<String> values(ListBoxModel model) {
        return model.stream().map(option -> option.value).toList();
    }
}
