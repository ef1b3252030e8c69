package io.jenkins.plugins.skylark.jenkinsapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.EnvironmentContributingAction;
import hudson.XmlFile;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.Secret;
import hudson.util.StreamTaskListener;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stand-in behaves as Jenkins documents where tests rely on it. */
class StandInBehaviourTest {

    @Test
    void shouldReadBackTheXmlFileItWrote(@TempDir Path dir) throws Exception {
        XmlFile file = new XmlFile(new File(dir.toFile(), "config.xml"));
        file.write(new java.util.ArrayList<>(java.util.List.of("jdbc:h2:file:/x", "UTC")));

        assertThat(Files.readString(dir.resolve("config.xml"))).startsWith("<?xml version='1.1' encoding='UTF-8'?>");
        assertThat(file.read()).isEqualTo(java.util.List.of("jdbc:h2:file:/x", "UTC"));
    }

    @Test
    void shouldReadAndWriteFilesOfALocalFilePath(@TempDir Path dir) throws Exception {
        FilePath root = new FilePath(dir.toFile());
        FilePath file = root.child("a/b.txt");

        file.write("hello", "UTF-8");
        try (OutputStream out = root.child("c.bin").write()) {
            out.write(new byte[] {1, 2});
        }

        assertThat(file.exists()).isTrue();
        assertThat(file.readToString()).isEqualTo("hello");
        assertThat(file.getParent().getName()).isEqualTo("a");
        assertThat(Files.readAllBytes(dir.resolve("c.bin"))).containsExactly(1, 2);
        assertThat(root.act((FilePath.FileCallable<String>) (f, channel) -> f.getName())).isEqualTo(dir.toFile().getName());
    }

    @Test
    void shouldDeleteRecursivelyAndReportMissingFiles(@TempDir Path dir) throws Exception {
        FilePath sub = new FilePath(dir.toFile()).child("sub");
        sub.child("x/y.txt").write("y", null);

        sub.deleteRecursive();

        assertThat(sub.exists()).isFalse();
        assertThat(new File(dir.toFile(), "sub")).doesNotExist();
    }

    @Test
    void shouldTreatEnvironmentNamesCaseInsensitivelyAndPrependPathEntries() {
        EnvVars env = new EnvVars("PATH", "/bin", "Name", "x");

        env.override("PATH+TOOL", "/opt/tool/bin");

        assertThat(env.get("name")).isEqualTo("x");
        assertThat(env.get("PATH")).isEqualTo("/opt/tool/bin" + File.pathSeparator + "/bin");
        assertThat(env.expand("${Name}-$NAME-$MISSING")).isEqualTo("x-x-$MISSING");
        assertThatThrownBy(() -> env.put("K", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldApplyMergedExpandersInOrder() throws Exception {
        EnvironmentExpander merged = EnvironmentExpander.merge(EnvironmentExpander.constant(Map.of("A", "1", "B", "1")),
                EnvironmentExpander.constant(Map.of("B", "2")));

        EnvVars effective = EnvironmentExpander.getEffectiveEnvironment(new EnvVars(), new EnvVars("C", "3"), merged);

        assertThat(effective).containsEntry("A", "1").containsEntry("B", "2").containsEntry("C", "3");
    }

    @Test
    void shouldKeepTheSecretValueButBehaveLikeJenkinsInToString() {
        Secret secret = Secret.fromString("s3cr3t");

        assertThat(secret.getPlainText()).isEqualTo("s3cr3t");
        // Jenkins' (deprecated) Secret.toString() returns the plain value too: never concatenate secrets.
        assertThat(secret.toString()).isEqualTo("s3cr3t");
        assertThat(Secret.toString(null)).isEmpty();
    }

    @Test
    void shouldLogErrorsWithTheJenkinsPrefix() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (StreamTaskListener listener = new StreamTaskListener(out, StandardCharsets.UTF_8)) {
            listener.getLogger().println("step output");
            listener.error("no cluster %s", "c1");
        }

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("step output\nERROR: no cluster c1\n");
    }

    @Test
    void shouldKeepWritingToTheOriginalConsoleAfterCrossingAChannel() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (StreamTaskListener listener = new StreamTaskListener(out, StandardCharsets.UTF_8)) {
            TaskListener copy = roundTrip(listener);
            copy.getLogger().println("from the agent");
            ((StreamTaskListener) copy).close();
            listener.getLogger().println("from the controller");
        }

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("from the agent\nfrom the controller\n");
    }

    @Test
    void shouldAddWhatTheBuildsEnvironmentContributingActionsContribute(@TempDir Path home) throws Exception {
        Jenkins jenkins = new Jenkins(home.toFile(), null) { };
        try {
            Run<?, ?> run = new WorkflowRun(new WorkflowJob(jenkins, "app"));
            run.addAction(new ImageVariable());

            EnvVars env = run.getEnvironment(TaskListener.NULL);

            assertThat(env).containsEntry("IMAGE", "registry/app@sha256:1").containsEntry("BUILD_NUMBER", "1");
        } finally {
            jenkins.cleanUp();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    private static final class ImageVariable implements EnvironmentContributingAction {
        @Override
        public void buildEnvironment(Run<?, ?> run, EnvVars env) {
            env.put("IMAGE", "registry/app@sha256:" + run.getNumber());
        }

        @Override
        public String getIconFileName() {
            return null;
        }

        @Override
        public String getDisplayName() {
            return null;
        }

        @Override
        public String getUrlName() {
            return null;
        }
    }

    @Test
    void shouldOnlyMakeResultsWorse() {
        assertThat(Result.SUCCESS.combine(Result.FAILURE)).isSameAs(Result.FAILURE);
        assertThat(Result.UNSTABLE.isWorseThan(Result.SUCCESS)).isTrue();
        assertThat(Result.fromString("aborted")).isSameAs(Result.ABORTED);
    }
}
