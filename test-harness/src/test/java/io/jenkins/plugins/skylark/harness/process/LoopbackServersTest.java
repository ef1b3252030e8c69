package io.jenkins.plugins.skylark.harness.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoopbackServersTest {

    @TempDir
    Path temp;

    @Test
    void freePortCanBeBoundOnLoopback() throws IOException {
        int port = LoopbackServers.freePort();
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void deleteRecursivelyRemovesNestedFilesAndIgnoresMissingDirectories() throws IOException {
        Path root = temp.resolve("server");
        Files.writeString(Files.createDirectories(root.resolve("data/wal")).resolve("segment"), "x");
        LoopbackServers.deleteRecursively(root);
        assertThat(root).doesNotExist();
        LoopbackServers.deleteRecursively(root); // already gone: no error
    }

    @Test
    void stopEndsARunningProcess() throws IOException {
        Process process = new ProcessBuilder("sleep", "60").start();
        LoopbackServers.stop(process);
        assertThat(process.isAlive()).isFalse();
    }
}
