package io.jenkins.plugins.skylark.notify;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A WireMock server standing in for a vendor's webhook endpoint, plus the vendors' signature checks,
 * recomputed from what the request carries (its timestamp) as the vendor's server does.
 */
abstract class ChannelSimulator {

    static final ObjectMapper JSON = new ObjectMapper();

    WireMockServer server;

    @BeforeEach
    void startSimulator() {
        server = new WireMockServer(wireMockConfig().dynamicPort().extensions(new SignatureGate()));
        server.start();
    }

    @AfterEach
    void stopSimulator() {
        server.stop();
    }

    /**
     * Makes the simulator answer as the vendor does to a request whose signature does not check:
     * {@code status} and the vendor's error {@code body}, whatever the stub says.
     */
    void requireSignature(Predicate<LoggedRequest> signed, int status, String body) {
        gate = signed;
        refusalStatus = status;
        refusal = body;
    }

    private Predicate<LoggedRequest> gate;
    private int refusalStatus;
    private String refusal;

    /** Runs before every stubbed answer: refuses badly signed requests like the vendor's server. */
    private final class SignatureGate implements ResponseDefinitionTransformerV2 {
        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            if (gate == null || gate.test(serveEvent.getRequest())) {
                return serveEvent.getResponseDefinition();
            }
            return WireMock.aResponse().withStatus(refusalStatus).withHeader("Content-Type", "application/json")
                    .withBody(refusal).build();
        }

        @Override
        public String getName() {
            return "signature-gate";
        }
    }

    String url(String pathAndQuery) {
        return server.baseUrl() + pathAndQuery;
    }

    void answer(String path, int status, String contentType, String body) {
        server.stubFor(WireMock.post(WireMock.urlPathEqualTo(path)).willReturn(
                WireMock.aResponse().withStatus(status).withHeader("Content-Type", contentType).withBody(body)));
    }

    LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = server.findAll(WireMock.postRequestedFor(WireMock.anyUrl()));
        if (requests.size() != 1) {
            throw new AssertionError("expected one request, got " + requests.size());
        }
        return requests.get(0);
    }

    static JsonNode body(LoggedRequest request) {
        try {
            return JSON.readTree(request.getBodyAsString());
        } catch (IOException e) {
            throw new AssertionError("request body is not JSON: " + request.getBodyAsString(), e);
        }
    }

    static Notification sample(String message) {
        return new Notification(message, Level.SUCCESS, List.of(
                new Notification.Link(Notification.LinkKind.BUILD, "shop/orders #12", "https://ci.example.com/job/shop/job/orders/12/"),
                new Notification.Link(Notification.LinkKind.APPLICATION, "orders", "https://ci.example.com/skylark/shop/orders"),
                new Notification.Link(Notification.LinkKind.VERSION, "1.4.2", null)));
    }

    /** DingTalk's check: {@code sign} (URL-decoded) = Base64(HMAC-SHA256(secret, timestamp + "\n" + secret)). */
    static boolean dingTalkSigned(LoggedRequest request, String secret) {
        if (!request.queryParameter("timestamp").isPresent() || !request.queryParameter("sign").isPresent()) {
            return false;
        }
        String timestamp = request.queryParameter("timestamp").firstValue();
        String sign = request.queryParameter("sign").firstValue();
        String rawSign = rawQueryValue(request.getUrl(), "sign");
        // The sign is sent URL-encoded: '+', '/' and '=' of Base64 must not reach the query raw.
        boolean encoded = !rawSign.contains("+") && !rawSign.contains("/") && !rawSign.contains("=");
        String expected = java.util.Base64.getEncoder().encodeToString(Signatures.hmacSha256(
                secret.getBytes(StandardCharsets.UTF_8), (timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
        return encoded && expected.equals(sign);
    }

    /** Feishu's check: {@code sign} = Base64(HMAC-SHA256 keyed with timestamp + "\n" + secret, over nothing). */
    static boolean feishuSigned(JsonNode body, String secret) {
        String timestamp = body.path("timestamp").asText();
        String expected = java.util.Base64.getEncoder().encodeToString(Signatures.hmacSha256(
                (timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8), new byte[0]));
        return body.path("timestamp").isTextual() && expected.equals(body.path("sign").asText());
    }

    /** The generic webhook receiver's check: sha256=hex(HMAC-SHA256(secret, exact body bytes)). */
    static boolean webhookSigned(LoggedRequest request, String secret) {
        String header = request.getHeader(WebhookSender.SIGNATURE_HEADER);
        String expected = "sha256=" + java.util.HexFormat.of().formatHex(
                Signatures.hmacSha256(secret.getBytes(StandardCharsets.UTF_8), request.getBody()));
        return expected.equals(header);
    }

    private static String rawQueryValue(String url, String name) {
        String query = url.substring(url.indexOf('?') + 1);
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                String raw = pair.substring(name.length() + 1);
                URLDecoder.decode(raw, StandardCharsets.UTF_8); // must decode cleanly
                return raw;
            }
        }
        throw new AssertionError("no " + name + " in the query");
    }
}
