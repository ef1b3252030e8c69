package io.jenkins.plugins.skylark.harness;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import io.jenkins.plugins.skylark.harness.credentials.TestStringCredentials;
import io.jenkins.plugins.skylark.harness.credentials.TestUsernamePasswordCredentials;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CredentialsStoreTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @Test
    void shouldFindFolderCredentialsOnlyForBuildsInsideTheFolder() throws Exception {
        jenkins.credentials().addToFolder("team", new TestStringCredentials("token", "t0ken"));
        WorkflowRun inside = jenkins.newBuild(jenkins.job("team/sub/app")).build();
        WorkflowRun outside = jenkins.newBuild(jenkins.job("other/app")).build();

        assertThat(CredentialsProvider.findCredentialById("token", StringCredentials.class, inside).getSecret()
                .getPlainText()).isEqualTo("t0ken");
        assertThat(CredentialsProvider.findCredentialById("token", StringCredentials.class, outside)).isNull();
    }

    @Test
    void shouldFindGlobalCredentialsByIdAndType() throws Exception {
        jenkins.credentials().addGlobal(new TestUsernamePasswordCredentials("registry", "robot", "pw"));
        WorkflowRun run = jenkins.newBuild(jenkins.job("app")).build();

        assertThat(CredentialsProvider.findCredentialById("registry", StandardUsernamePasswordCredentials.class, run)
                .getUsername()).isEqualTo("robot");
        assertThat(CredentialsProvider.findCredentialById("registry", StringCredentials.class, run)).isNull();
    }
}
