package io.jenkins.plugins.skylark.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The end-to-end test's workspace check finds a planted secret, wherever it sits in a file. */
class SecretScanTest {
    @TempDir
    Path workspace;

    @Test
    void shouldFindOnlyTheFilesHoldingTheSecret() throws Exception {
        Files.createDirectories(workspace.resolve("target/classes"));
        Files.write(workspace.resolve("target/classes/leak.bin"), new byte[] {0, 1, 's', '3', 'c', 'r', 'e', 't', 2});
        Files.writeString(workspace.resolve("notes.txt"), "s3cre and t, never the whole word");
        Files.writeString(workspace.resolve("end.txt"), "ends with s3cret");

        assertThat(SecretScan.filesContaining(workspace, "s3cret")).containsExactlyInAnyOrder(
                workspace.resolve("target/classes/leak.bin"), workspace.resolve("end.txt"));
        assertThat(SecretScan.filesContaining(workspace, "absent")).isEmpty();
    }
}
