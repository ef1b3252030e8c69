package io.jenkins.plugins.skylark.webhook.jenkins;

import hudson.Extension;
import hudson.model.UnprotectedRootAction;
import io.jenkins.plugins.skylark.webhook.WebhookInbox;
import io.jenkins.plugins.skylark.webhook.WebhookReply;
import io.jenkins.plugins.skylark.webhook.WebhookRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

/**
 * {@code POST /skylark-webhook/<source>}: reachable without a Jenkins login and without a crumb (see
 * {@link SkylarkWebhookCrumbExclusion}); the receiver of the source authenticates the post. Bodies are
 * bounded; payloads older than a day are purged from the inbox as new ones arrive.
 */
@Extension
public final class SkylarkWebhookAction implements UnprotectedRootAction {
    public static final String URL_NAME = "skylark-webhook";
    static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final Duration KEEP = Duration.ofDays(1);
    private static final Logger LOGGER = Logger.getLogger(SkylarkWebhookAction.class.getName());

    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return null;
    }

    @Override
    public String getUrlName() {
        return URL_NAME;
    }

    /** Stapler calls this for every path below {@code /skylark-webhook}. */
    public void doDynamic(StaplerRequest2 request, StaplerResponse2 response) throws IOException {
        serve(request.getRestOfPath(), request, response);
    }

    /** The servlet part of {@link #doDynamic}, which tests call with plain servlet objects. */
    void serve(String restOfPath, HttpServletRequest request, HttpServletResponse response) throws IOException {
        WebhookReply reply = handle(restOfPath, request);
        response.setStatus(reply.status());
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(reply.message());
    }

    private WebhookReply handle(String restOfPath, HttpServletRequest request) throws IOException {
        String source = source(restOfPath);
        Optional<SkylarkWebhookReceiver> receiver = SkylarkWebhookReceiver.forSource(source);
        if (receiver.isEmpty()) {
            return WebhookReply.notFound(Messages.get("Webhook.unknownSource", source));
        }
        if (!"POST".equals(request.getMethod())) {
            return new WebhookReply(405, Messages.get("Webhook.postOnly", source));
        }
        byte[] body = body(request);
        if (body == null) {
            return new WebhookReply(413, Messages.get("Webhook.tooLarge", MAX_BODY_BYTES));
        }
        WebhookInbox inbox = WebhookInboxes.controller();
        WebhookReply reply = receive(receiver.get(), new WebhookRequest(body, headers(request),
                query(request.getQueryString())), inbox);
        LOGGER.log(reply.status() < 300 ? Level.FINE : Level.INFO, "Skylark webhook from {0}: {1} {2}",
                new Object[] {source, reply.status(), reply.message()});
        inbox.purgeOlderThan(Instant.now().minus(KEEP));
        return reply;
    }

    private static WebhookReply receive(SkylarkWebhookReceiver receiver, WebhookRequest request, WebhookInbox inbox)
            throws IOException {
        try {
            return receiver.receive(request, inbox);
        } catch (IllegalArgumentException e) {
            return WebhookReply.badRequest(e.getMessage());
        }
    }

    private static String source(String restOfPath) {
        String path = restOfPath == null ? "" : restOfPath;
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** The body, or {@code null} when it is longer than {@link #MAX_BODY_BYTES}. */
    private static byte[] body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] read = in.readNBytes(MAX_BODY_BYTES + 1);
            return read.length > MAX_BODY_BYTES ? null : read;
        }
    }

    private static Map<String, String> headers(HttpServletRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, request.getHeader(name));
        }
        return headers;
    }

    /** Only the query string: reading form parameters could consume the body before it is signed. */
    static Map<String, String> query(String queryString) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (queryString == null) {
            return parameters;
        }
        for (String pair : queryString.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.putIfAbsent(decode(name), decode(value));
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
