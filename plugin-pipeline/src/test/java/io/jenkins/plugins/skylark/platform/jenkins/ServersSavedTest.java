package io.jenkins.plugins.skylark.platform.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.util.XStream2;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.persistence.PluginClassFilter;
import io.jenkins.plugins.skylark.harness.persistence.SavedForm;
import io.jenkins.plugins.skylark.platform.TestPlatform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The new fields as Jenkins saves them (XStream through Jenkins' class filter), across a restart, and a
 * configuration saved before they existed, which must load unchanged.
 */
class ServersSavedTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @Test
    void shouldKeepTheServersThroughJenkinsXStream() {
        PlatformConfig loaded = SavedForm.roundTrip(TestConfigs.withServers());

        assertThat(loaded.getJiraServers()).extracting(JiraServerConfig::getFlavor).containsExactly("cloud", "DATA_CENTER");
        assertThat(loaded.getProjects().get(0).getServers().getJiraProjectKeys()).isEqualTo("SHOP, PAY");
        assertThat(loaded.toModel(Locale.ENGLISH)).isEqualTo(TestPlatform.validWithServers());
    }

    @Test
    void shouldKeepTheServersAcrossASaveAndRestart() throws Exception {
        SkylarkConfiguration.get().setPlatform(TestConfigs.withServers());
        Path stored = jenkins.home().resolve(SkylarkConfiguration.class.getName() + ".xml");

        jenkins.restart();

        assertThat(Files.readString(stored)).contains("<sonarServers>", "<jiraProjectKeys>SHOP, PAY</jiraProjectKeys>",
                "<createProjects>true</createProjects>");
        assertThat(SkylarkConfiguration.get().getModel()).isEqualTo(TestPlatform.validWithServers());
        assertThat(SkylarkConfiguration.get().getPlatform().getEnvironments().get(0).getIssueUpdates().getTransition())
                .isEqualTo("Deployed to production");
    }

    @Test
    void shouldLoadAPlatformSavedBeforeTheServersExisted() {
        PluginClassFilter.register();
        XStream2 xstream = new XStream2();
        String saved = xstream.toXML(TestConfigs.valid());
        String older = saved.replaceAll("\\s*<sonarServers\\s*/>", "").replaceAll("\\s*<jiraServers\\s*/>", "")
                .replaceAll("\\s*<createProjects>false</createProjects>", "");

        PlatformConfig loaded = (PlatformConfig) xstream.fromXML(older);

        assertThat(saved).contains("<sonarServers/>", "<jiraServers/>", "<createProjects>false</createProjects>");
        assertThat(older).doesNotContain("sonarServers", "jiraServers", "createProjects", "<servers", "<build",
                "<issueUpdates", "webhookSecretId");
        assertThat(loaded.getSonarServers()).isEmpty();
        assertThat(loaded.getJiraServers()).isEmpty();
        assertThat(loaded.getProjects().get(0).getServers().getSonarServerId()).isNull();
        assertThat(loaded.toModel(Locale.ENGLISH)).isEqualTo(TestPlatform.valid());
    }
}
