package io.jenkins.plugins.skylark.harness.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An HTTP/1.1 proxy on a free loopback port that forwards every call to {@code target} byte for byte
 * (bodies untouched, responses streamed, so watches work) except those its {@link FaultPlan} fails.
 * Absolute {@code Location} headers that point at the target are rewritten to the proxy, so every
 * step of a registry upload goes through it too. {@link #injected()} lists what was failed
 * ({@code "503 POST /v2/app/blobs/uploads/"}), so a test can show that faults really happened.
 *
 * <p>Clients that try TLS first (Jib does, then falls back to plain HTTP) have their connection closed
 * at the first byte of the handshake, as a plain-HTTP registry would refuse it, rather than left waiting.
 *
 * <p>Not WireMock: its proxy un-gzips every request body that starts with the gzip magic bytes
 * ({@code WireMockHttpServletRequestAdapter.getBody}), which corrupts every OCI layer uploaded
 * through it (the registry answers {@code DIGEST_INVALID}).
 */
public final class FaultProxy implements AutoCloseable {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** Headers the JDK client sets itself or that belong to one hop only. */
    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "expect",
            "upgrade", "transfer-encoding", "keep-alive", "te", "trailer", "proxy-connection");

    private static final int TLS_HANDSHAKE = 0x16;

    static {
        // The JDK server writes an answer's head and body separately; with Nagle on, each small answer waits
        // for the client's delayed ACK (~40 ms), which makes a deploy of a few hundred calls crawl. Read once
        // per JVM, when the first JDK HTTP server starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final ServerSocket front;
    private final HttpServer server;
    private final ExecutorService threads;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final String target;
    private final FaultPlan plan;
    private final AtomicLong reads = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();
    private final List<String> injected = new ArrayList<>();

    private FaultProxy(ServerSocket front, HttpServer server, ExecutorService threads, String target, FaultPlan plan) {
        this.front = front;
        this.server = server;
        this.threads = threads;
        this.target = target.endsWith("/") ? target.substring(0, target.length() - 1) : target;
        this.plan = plan;
    }

    /** Starts a proxy to {@code target} (such as {@code http://127.0.0.1:5000}) that fails calls as {@code plan} says. */
    public static FaultProxy inFrontOf(String target, FaultPlan plan) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fault-proxy");
            thread.setDaemon(true);
            return thread;
        });
        FaultProxy proxy = new FaultProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), server, threads,
                target, plan);
        server.createContext("/", proxy::handle);
        server.setExecutor(threads);
        server.start();
        threads.execute(proxy::acceptLoop);
        return proxy;
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String url() {
        return "http://" + hostPort();
    }

    /** {@code 127.0.0.1:PORT}. */
    public String hostPort() {
        return "127.0.0.1:" + front.getLocalPort();
    }

    /** Every fault injected so far, in order: status (or {@code dropped}), method and path. */
    public synchronized List<String> injected() {
        return List.copyOf(injected);
    }

    /** Calls the plan covered so far, failed or forwarded. */
    public long coveredCalls() {
        return reads.get() + writes.get();
    }

    @Override
    public void close() throws IOException {
        front.close();
        server.stop(0);
        threads.shutdownNow();
    }

    /** Relays plain-HTTP connections to the HTTP server behind; closes TLS ones at their first byte. */
    private void acceptLoop() {
        while (!front.isClosed()) {
            try {
                Socket client = front.accept();
                threads.execute(() -> relay(client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void relay(Socket client) {
        try {
            PushbackInputStream in = new PushbackInputStream(client.getInputStream(), 1);
            int first = in.read();
            if (first < 0 || first == TLS_HANDSHAKE) {
                client.close();
                return;
            }
            in.unread(first);
            Socket back = new Socket(InetAddress.getLoopbackAddress(), server.getAddress().getPort());
            client.setTcpNoDelay(true); // small request/answer pairs: no Nagle delays on the relay
            back.setTcpNoDelay(true);
            threads.execute(() -> pump(in, back, client));
            pump(back.getInputStream(), client, back);
        } catch (IOException e) {
            closeQuietly(client);
        }
    }

    private static void pump(InputStream from, Socket to, Socket source) {
        try (source; to) {
            from.transferTo(to.getOutputStream());
        } catch (IOException e) {
            // one side went away: both are closed
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().toString();
            byte[] body = exchange.getRequestBody().readAllBytes();
            InjectedFault fault = faultFor(method, path);
            if (fault == InjectedFault.CONNECTION_DROPPED) {
                // a handler failing before it answers makes the JDK server close the connection unanswered
                throw new IOException("fault injected: connection dropped");
            }
            if (fault != null) {
                answer(exchange, fault);
                return;
            }
            forward(exchange, method, path, body);
        }
    }

    private InjectedFault faultFor(String method, String path) {
        if (!plan.covers(path)) {
            return null;
        }
        boolean write = WRITES.contains(method);
        if (!plan.fails(write, (write ? writes : reads).incrementAndGet())) {
            return null;
        }
        synchronized (this) {
            InjectedFault fault = plan.faults().get(injected.size() % plan.faults().size());
            injected.add((fault.status() == 0 ? "dropped" : String.valueOf(fault.status())) + " " + method + " " + path);
            return fault;
        }
    }

    private void answer(HttpExchange exchange, InjectedFault fault) throws IOException {
        byte[] body = plan.body() == null ? new byte[0] : plan.body().getBytes(StandardCharsets.UTF_8);
        if (body.length > 0) {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
        }
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(fault.status(), head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    private void forward(HttpExchange exchange, String method, String path, byte[] body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + path))
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase())) {
                values.forEach(value -> request.header(name, value));
            }
        });
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while forwarding " + method + " " + path, e);
        }
        copyHeaders(response.headers().map(), exchange);
        long length = response.headers().firstValueAsLong("Content-Length").orElse(0);
        boolean noBody = "HEAD".equals(method) || response.statusCode() == 204 || response.statusCode() == 304;
        exchange.sendResponseHeaders(response.statusCode(), noBody || length == 0 && hasLength(response) ? -1 : length);
        try (InputStream in = response.body(); OutputStream out = exchange.getResponseBody()) {
            if (!noBody) {
                byte[] buffer = new byte[64 * 1024];
                for (int read; (read = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, read);
                    out.flush(); // watches stream their events
                }
            }
        }
    }

    private static boolean hasLength(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Length").isPresent();
    }

    private void copyHeaders(Map<String, List<String>> headers, HttpExchange exchange) {
        headers.forEach((name, values) -> {
            String lower = name.toLowerCase();
            if (lower.equals(":status") || lower.equals("transfer-encoding") || lower.equals("connection")
                    || lower.equals("content-length") && !"HEAD".equals(exchange.getRequestMethod())) {
                return;
            }
            for (String value : values) {
                exchange.getResponseHeaders().add(name,
                        lower.equals("location") && value.startsWith(target) ? url() + value.substring(target.length()) : value);
            }
        });
    }
}
