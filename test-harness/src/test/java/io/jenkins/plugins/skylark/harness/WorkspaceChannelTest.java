package io.jenkins.plugins.skylark.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.FilePath;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.skylark.harness.remoting.SerializingChannel;
import java.io.File;
import java.io.IOException;
import java.io.NotSerializableException;
import java.nio.file.Files;
import jenkins.MasterToSlaveFileCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WorkspaceChannelTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @Test
    void shouldRunFileCallablesInTheWorkspaceThroughTheSerialisingChannel() throws Exception {
        FilePath workspace = jenkins.newBuild(jenkins.job("app")).workspace();

        String result = workspace.act(new WriteFile("out.txt", "content"));

        assertThat(result).isEqualTo("wrote out.txt");
        assertThat(workspace.child("out.txt").readToString()).isEqualTo("content");
        assertThat(Files.readString(new File(workspace.getRemote(), "out.txt").toPath())).isEqualTo("content");
        assertThat(((SerializingChannel) workspace.getChannel()).calls()).isEqualTo(2);
    }

    @Test
    void shouldFailWhenTheCallableCapturesSomethingThatCannotBeSerialised() throws Exception {
        FilePath workspace = jenkins.newBuild(jenkins.job("app")).workspace();

        assertThatThrownBy(() -> workspace.act(new CapturesThread()))
                .isInstanceOf(NotSerializableException.class)
                .hasMessageContaining("java.lang.Thread");
    }

    private static final class WriteFile extends MasterToSlaveFileCallable<String> {
        private static final long serialVersionUID = 1L;
        private final String name;
        private final String content;

        WriteFile(String name, String content) {
            this.name = name;
            this.content = content;
        }

        @Override
        public String invoke(File dir, VirtualChannel channel) throws IOException {
            Files.writeString(new File(dir, name).toPath(), content);
            return "wrote " + name;
        }
    }

    private static final class CapturesThread extends MasterToSlaveFileCallable<String> {
        private static final long serialVersionUID = 1L;
        @SuppressWarnings("unused")
        private final Object controllerOnly = Thread.currentThread();

        @Override
        public String invoke(File dir, VirtualChannel channel) {
            return "unreachable";
        }
    }
}
