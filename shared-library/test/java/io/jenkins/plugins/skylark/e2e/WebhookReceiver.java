package io.jenkins.plugins.skylark.e2e;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.jenkins.plugins.skylark.notify.WebhookSender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The generic-webhook endpoint the demo and the end-to-end test start themselves: WireMock on
 * 127.0.0.1, a free port, a random token in the path (like a vendor's hook URL) and a random signing
 * secret. Checks each delivery's signature header as a receiver would, from the exact body bytes.
 */
final class WebhookReceiver implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WireMockServer server;
    private final String path;
    private final String signingSecret;

    private WebhookReceiver(WireMockServer server, String path, String signingSecret) {
        this.server = server;
        this.path = path;
        this.signingSecret = signingSecret;
    }

    static WebhookReceiver start() {
        WireMockServer server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
        String path = "/hooks/" + randomHex(16);
        server.stubFor(WireMock.post(WireMock.urlPathEqualTo(path)).willReturn(WireMock.okJson("{\"ok\":true}")));
        server.start();
        return new WebhookReceiver(server, path, randomHex(24));
    }

    /** The webhook URL, token included: a secret, given to Jenkins as a credential only. */
    String url() {
        return server.baseUrl() + path;
    }

    String signingSecret() {
        return signingSecret;
    }

    /** What must never show in a log or a workspace: the URL, its token alone, the signing secret. */
    List<String> secrets() {
        return List.of(url(), path.substring(path.lastIndexOf('/') + 1), signingSecret);
    }

    /** What reached the hook path, in order. */
    List<Delivery> deliveries() {
        return server.findAll(WireMock.postRequestedFor(WireMock.urlPathEqualTo(path))).stream()
                .map(this::delivery).toList();
    }

    private Delivery delivery(LoggedRequest request) {
        JsonNode body;
        try {
            body = JSON.readTree(request.getBody());
        } catch (IOException e) {
            body = JSON.nullNode();
        }
        return new Delivery(body, request.getHeader("Content-Type"), signed(request));
    }

    /** {@code sha256=<hex HMAC-SHA256 of the body>}, compared in constant time. */
    private boolean signed(LoggedRequest request) {
        String header = request.getHeader(WebhookSender.SIGNATURE_HEADER);
        if (header == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(request.getBody()));
            return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                    header.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    @Override
    public void close() {
        server.stop();
    }

    /** One request the hook received: its JSON body ({@code null} node when not JSON) and whether it was signed. */
    record Delivery(JsonNode body, String contentType, boolean signatureValid) {
        String level() {
            return body.path("level").asText(null);
        }

        String message() {
            return body.path("message").asText(null);
        }

        /** The text of the body's link of {@code kind} ({@code application}, {@code environment} …). */
        String link(String kind) {
            for (JsonNode link : body.path("links")) {
                if (kind.equals(link.path("kind").asText())) {
                    return link.path("text").asText(null);
                }
            }
            return null;
        }

        String describe() {
            return "[" + level() + "] " + message() + " (application " + link("application") + ", environment "
                    + link("environment") + ", signature " + (signatureValid ? "verified" : "NOT verified") + ")";
        }
    }
}
