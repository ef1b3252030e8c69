package io.jenkins.plugins.skylark.harness.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Serves one page as Jenkins would, on 127.0.0.1: its Jelly shell, its adjuncts from the class path and its
 * JSON endpoints. Like Jenkins' crumb filter it refuses a POST without the page's crumb header (403), so
 * the JavaScript is shown to send it. Shell pages carry a strict Content-Security-Policy (no inline
 * script or style), which Jenkins is moving to.
 */
public final class PageServer implements AutoCloseable {

    public static final String CRUMB_HEADER = "Jenkins-Crumb";
    public static final String CRUMB = "test-crumb";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final Map<String, Function<PageRequest, PageReply>> endpoints = new ConcurrentHashMap<>();
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private final List<PageRequest> requests = new CopyOnWriteArrayList<>();

    private PageServer(HttpServer server) {
        this.server = server;
    }

    public static PageServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            PageServer pages = new PageServer(server);
            server.createContext("/", pages::serve);
            server.setExecutor(pages.executor);
            server.start();
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves the Jelly shell at {@code path} in English. */
    public PageServer shell(String path, Path jelly, Map<String, String> expressions) {
        return shell(path, jelly, expressions, "en");
    }

    public PageServer shell(String path, Path jelly, Map<String, String> expressions, String lang) {
        pages.put(path, JellyShell.render(jelly, expressions, CRUMB, lang));
        return this;
    }

    /** Answers every request whose path starts with {@code prefix} (the longest prefix wins). */
    public PageServer api(String prefix, Function<PageRequest, PageReply> endpoint) {
        endpoints.put(prefix, endpoint);
        return this;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The endpoint requests received so far, in order. */
    public List<PageRequest> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    static boolean resourceExists(String path) {
        return resource(path) != null;
    }

    private static InputStream resource(String path) {
        if (!path.startsWith(JellyShell.ADJUNCTS) || path.contains("..")) {
            return null;
        }
        return Thread.currentThread().getContextClassLoader()
                .getResourceAsStream(path.substring(JellyShell.ADJUNCTS.length()));
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String page = pages.get(path);
            if (page != null) {
                exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
                send(exchange, new PageReply(200, "text/html;charset=UTF-8", page.getBytes(StandardCharsets.UTF_8)));
                return;
            }
            try (InputStream in = resource(path)) {
                if (in != null) {
                    send(exchange, new PageReply(200, contentType(path), in.readAllBytes()));
                    return;
                }
            }
            String prefix = endpoints.keySet().stream().filter(path::startsWith)
                    .max((a, b) -> Integer.compare(a.length(), b.length())).orElse(null);
            if (prefix == null) {
                send(exchange, PageReply.json(404, "{\"error\":\"no such page: " + path + "\"}"));
                return;
            }
            PageRequest request = new PageRequest(exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                    path.substring(prefix.length()), query(exchange.getRequestURI()),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), locale(exchange));
            requests.add(request);
            if (request.method().equals("POST")
                    && !CRUMB.equals(exchange.getRequestHeaders().getFirst(CRUMB_HEADER))) {
                send(exchange, PageReply.json(403, "{\"error\":\"No valid crumb was included in the request\"}"));
                return;
            }
            send(exchange, endpoints.get(prefix).apply(request));
        } catch (RuntimeException e) {
            e.printStackTrace();
            throw e;
        }
    }

    private static void send(HttpExchange exchange, PageReply reply) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(reply.body());
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new TreeMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.putIfAbsent(name, value);
        }
        return params;
    }

    private static Locale locale(HttpExchange exchange) {
        String accept = exchange.getRequestHeaders().getFirst("Accept-Language");
        if (accept == null || accept.isBlank()) {
            return Locale.ENGLISH;
        }
        return Locale.forLanguageTag(accept.split("[,;]")[0].strip());
    }

    private static String contentType(String path) {
        if (path.endsWith(".js")) {
            return "text/javascript;charset=UTF-8";
        }
        if (path.endsWith(".css")) {
            return "text/css;charset=UTF-8";
        }
        if (path.endsWith(".svg")) {
            return "image/svg+xml";
        }
        return path.endsWith(".png") ? "image/png" : "application/octet-stream";
    }
}
