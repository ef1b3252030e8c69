package io.jenkins.plugins.skylark.harness.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultProxyTest {

    private HttpServer target;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** Answers every call with the SHA-256 of the body it received, and a Location pointing back at itself. */
    @BeforeEach
    void startTarget() throws IOException {
        FaultProxy.class.getName(); // its settings for the JDK HTTP server apply to the target too
        target = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        target.createContext("/", exchange -> {
            try (exchange) {
                byte[] digest = sha256(exchange.getRequestBody().readAllBytes());
                exchange.getResponseHeaders().set("Location", targetUrl() + "/next");
                byte[] body = HexFormat.of().formatHex(digest).getBytes();
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        target.start();
    }

    @AfterEach
    void stopTarget() {
        target.stop(0);
    }

    @Test
    void shouldForwardAGzippedBodyByteForByteAndPointLocationsAtItself() throws Exception {
        byte[] layer = gzip("a layer's tar stream ".repeat(5_000).getBytes());
        try (FaultProxy proxy = FaultProxy.inFrontOf(targetUrl(), FaultPlan.fraction(0, 0))) {
            HttpResponse<String> response = send(proxy, "PATCH", "/v2/app/blobs/uploads/1", layer);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(HexFormat.of().formatHex(sha256(layer)));
            assertThat(response.headers().firstValue("Location")).hasValue(proxy.url() + "/next");
        }
    }

    @Test
    void shouldFailEveryNthWriteAndReadTakingTheFaultsInTurn() throws Exception {
        try (FaultProxy proxy = FaultProxy.inFrontOf(targetUrl(), FaultPlan.fraction(2, 4))) {
            List<Integer> writes = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                writes.add(send(proxy, "PUT", "/v2/app/manifests/" + i, new byte[] {1}).statusCode());
            }
            // POST: the JDK client would silently repeat an idempotent call on a fresh connection
            assertThatThrownBy(() -> send(proxy, "POST", "/v2/app/blobs/uploads/", new byte[] {1}))
                    .as("the third fault drops the connection").isInstanceOf(IOException.class);
            List<Integer> reads = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                reads.add(send(proxy, "GET", "/v2/", new byte[0]).statusCode());
            }

            assertThat(writes).containsExactly(200, 503, 200, 500, 200);
            assertThat(reads).containsExactly(200, 200, 200, 503);
            assertThat(proxy.injected()).containsExactly("503 PUT /v2/app/manifests/1", "500 PUT /v2/app/manifests/3",
                    "dropped POST /v2/app/blobs/uploads/", "503 GET /v2/");
        }
    }

    @Test
    void shouldOnlyCountCallsOnTheGivenPaths() throws Exception {
        try (FaultProxy proxy = FaultProxy.inFrontOf(targetUrl(),
                FaultPlan.always(InjectedFault.SERVICE_UNAVAILABLE).onPathsContaining("/deployments"))) {
            assertThat(send(proxy, "GET", "/api/v1/namespaces", new byte[0]).statusCode()).isEqualTo(200);
            assertThat(send(proxy, "GET", "/apis/apps/v1/deployments", new byte[0]).statusCode()).isEqualTo(503);
            assertThat(proxy.coveredCalls()).isEqualTo(1);
        }
    }

    private HttpResponse<String> send(FaultProxy proxy, String method, String path, byte[] body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(proxy.url() + path))
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private String targetUrl() {
        return "http://127.0.0.1:" + target.getAddress().getPort();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }
}
