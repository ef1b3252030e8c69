package io.jenkins.plugins.skylark.platform.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.security.ACLContext;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.ViewerLanguage;
import io.jenkins.plugins.skylark.harness.credentials.HarnessCredentialsProvider;
import io.jenkins.plugins.skylark.harness.credentials.TestStringCredentials;
import io.jenkins.plugins.skylark.harness.credentials.TestUsernamePasswordCredentials;
import java.util.List;
import java.util.Locale;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The credentials selects of the new fields list the kinds each accepts: SonarQube tokens and webhook secrets
 * secret text, JIRA by the server's flavor (Cloud username with password, Data Center secret text), robot
 * accounts username with password.
 */
class ServerCredentialsFieldTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @BeforeEach
    void credentials() {
        HarnessCredentialsProvider store = jenkins.credentials();
        store.addGlobal(new TestStringCredentials("a-token", "s3cr3t"));
        store.addGlobal(new TestUsernamePasswordCredentials("an-account", "me@example.com", "pw"));
        jenkins.secure().grant("admin", Jenkins.ADMINISTER);
        SkylarkConfiguration.get().setPlatform(TestConfigs.withServers());
    }

    @Test
    void shouldListTheKindsEachNewFieldAccepts() {
        try (ACLContext ignored = jenkins.actAs("admin")) {
            assertThat(values(new SonarServerConfig.DescriptorImpl().doFillCredentialsIdItems(null, "")))
                    .containsExactly("", "a-token");
            assertThat(values(new SonarServerConfig.DescriptorImpl().doFillWebhookSecretIdItems(null, "")))
                    .containsExactly("", "a-token");
            assertThat(values(new RegistryConfig.DescriptorImpl().doFillWebhookSecretIdItems(null, "")))
                    .containsExactly("", "a-token");
            assertThat(values(new JiraServerConfig.DescriptorImpl().doFillCredentialsIdItems(null, "", "cloud")))
                    .containsExactly("", "an-account");
            assertThat(values(new JiraServerConfig.DescriptorImpl().doFillCredentialsIdItems(null, "", "data-center")))
                    .containsExactly("", "a-token");
            ProjectServersConfig.DescriptorImpl servers = new ProjectServersConfig.DescriptorImpl();
            assertThat(values(servers.doFillSonarCredentialsIdItems(null, ""))).containsExactly("", "a-token");
            assertThat(values(servers.doFillRegistryCredentialsIdItems(null, ""))).containsExactly("", "an-account");
            assertThat(values(servers.doFillJiraCredentialsIdItems(null, "", "acme"))).containsExactly("", "an-account");
            assertThat(values(servers.doFillJiraCredentialsIdItems(null, "", "jira-dc"))).containsExactly("", "a-token");
            assertThat(values(servers.doFillJiraCredentialsIdItems(null, "", "not-saved-yet")))
                    .containsExactlyInAnyOrder("", "a-token", "an-account");
        }
    }

    @Test
    void shouldWarnWhenANewFieldNamesACredentialOfAnotherKind() {
        try (ViewerLanguage language = ViewerLanguage.of(Locale.ENGLISH, Locale.ENGLISH);
                ACLContext ignored = jenkins.actAs("admin")) {
            FormValidation cloud = new JiraServerConfig.DescriptorImpl().doCheckCredentialsId(null, "a-token", "cloud");
            assertThat(cloud.kind).isEqualTo(FormValidation.Kind.WARNING);
            assertThat(cloud.getMessage()).endsWith("accepts: username with password");
            assertThat(new JiraServerConfig.DescriptorImpl().doCheckCredentialsId(null, "a-token", "data-center").kind)
                    .isEqualTo(FormValidation.Kind.OK);
            assertThat(new SonarServerConfig.DescriptorImpl().doCheckCredentialsId(null, "").getMessage())
                    .isEqualTo("must not be empty");
            assertThat(new SonarServerConfig.DescriptorImpl().doCheckCredentialsId(null, "an-account").kind)
                    .isEqualTo(FormValidation.Kind.WARNING);
            ProjectServersConfig.DescriptorImpl servers = new ProjectServersConfig.DescriptorImpl();
            assertThat(servers.doCheckJiraCredentialsId(null, "an-account", "jira-dc").kind)
                    .isEqualTo(FormValidation.Kind.WARNING);
            assertThat(servers.doCheckJiraCredentialsId(null, "an-account", "acme").kind).isEqualTo(FormValidation.Kind.OK);
            assertThat(servers.doCheckRegistryCredentialsId(null, "a-token").getMessage())
                    .contains("accepts: username with password");
            assertThat(new RegistryConfig.DescriptorImpl().doCheckWebhookSecretId(null, "a-token", "harbor").kind)
                    .isEqualTo(FormValidation.Kind.OK);
        }
    }

    private static List<String> values(ListBoxModel model) {
        return model.stream().map(option -> option.value).toList();
    }
}
