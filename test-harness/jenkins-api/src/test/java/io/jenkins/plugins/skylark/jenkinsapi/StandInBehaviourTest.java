package io.jenkins.plugins.skylark.jenkinsapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.XmlFile;
import hudson.model.Result;
import hudson.util.Secret;
import hudson.util.StreamTaskListener;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
    void shouldOnlyMakeResultsWorse() {
        assertThat(Result.SUCCESS.combine(Result.FAILURE)).isSameAs(Result.FAILURE);
        assertThat(Result.UNSTABLE.isWorseThan(Result.SUCCESS)).isTrue();
        assertThat(Result.fromString("aborted")).isSameAs(Result.ABORTED);
    }
}
