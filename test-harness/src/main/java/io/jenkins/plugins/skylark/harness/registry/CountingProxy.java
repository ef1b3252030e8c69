package io.jenkins.plugins.skylark.harness.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP forwarder on a free loopback port that counts every byte clients send to the target
 * (HTTP headers and bodies, TLS records included). It measures what really went over the wire to a
 * registry, independently of what the client under test reports.
 * Clients address the proxy, so registries build their upload URLs with the proxy's address too.
 */
public final class CountingProxy implements AutoCloseable {

    private final ServerSocket server;
    private final int targetPort;
    private final AtomicLong bytesToTarget = new AtomicLong();
    private final ExecutorService pumps = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "counting-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Socket> sockets = new ArrayList<>();

    private CountingProxy(ServerSocket server, int targetPort) {
        this.server = server;
        this.targetPort = targetPort;
    }

    /** Starts forwarding a new loopback port to {@code 127.0.0.1:targetPort}. */
    public static CountingProxy forward(int targetPort) throws IOException {
        CountingProxy proxy = new CountingProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), targetPort);
        proxy.pumps.execute(proxy::acceptLoop);
        return proxy;
    }

    /** {@code 127.0.0.1:PORT} of the proxy. */
    public String hostPort() {
        return "127.0.0.1:" + server.getLocalPort();
    }

    public long bytesSent() {
        return bytesToTarget.get();
    }

    /** Returns the bytes counted so far and starts counting from zero. */
    public long reset() {
        return bytesToTarget.getAndSet(0);
    }

    @Override
    public void close() throws IOException {
        server.close();
        synchronized (sockets) {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
        pumps.shutdownNow();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                track(client, target);
                pumps.execute(() -> pump(client, target, bytesToTarget));
                pumps.execute(() -> pump(target, client, new AtomicLong()));
            } catch (IOException e) {
                return; // server closed
            }
        }
    }

    private void track(Socket... opened) {
        synchronized (sockets) {
            sockets.addAll(List.of(opened));
        }
    }

    private static void pump(Socket from, Socket to, AtomicLong counter) {
        byte[] buffer = new byte[64 * 1024];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
                counter.addAndGet(read);
            }
            to.shutdownOutput(); // pass the half-close on; the other direction may still be answering
        } catch (IOException e) {
            closeQuietly(from); // a broken connection ends both directions
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
