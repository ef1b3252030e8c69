package io.jenkins.plugins.skylark.harness.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class CountingProxyTest {

    @Test
    void shouldForwardAndCountEveryByteSentToTheTarget() throws Exception {
        try (ServerSocket target = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                CountingProxy proxy = CountingProxy.forward(target.getLocalPort())) {
            CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> readAll(target));
            byte[] payload = new byte[100_000];

            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), port(proxy));
                    OutputStream out = client.getOutputStream()) {
                out.write(payload);
            }

            assertThat(received.get()).hasSize(payload.length);
            assertThat(proxy.bytesSent()).isEqualTo(payload.length);
            assertThat(proxy.reset()).isEqualTo(payload.length);
            assertThat(proxy.bytesSent()).isZero();
        }
    }

    private static int port(CountingProxy proxy) {
        return Integer.parseInt(proxy.hostPort().substring(proxy.hostPort().indexOf(':') + 1));
    }

    private static byte[] readAll(ServerSocket target) {
        try (Socket socket = target.accept(); InputStream in = socket.getInputStream()) {
            return in.readAllBytes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
