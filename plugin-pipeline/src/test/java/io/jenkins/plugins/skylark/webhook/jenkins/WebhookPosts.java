package io.jenkins.plugins.skylark.webhook.jenkins;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Posts a webhook to the real endpoint code ({@link SkylarkWebhookAction}, below {@code doDynamic}'s
 * {@code getRestOfPath()}) as Stapler would dispatch it: the harness runs no servlet container, so the request
 * and response are small proxies of the servlet interfaces answering only what the endpoint reads (method,
 * query, headers, body) and recording what it writes.
 */
public final class WebhookPosts {
    private WebhookPosts() {
    }

    /** The answer: HTTP status and plain-text body. */
    public record Answer(int status, String body) {
    }

    public static Answer post(String path, String body, Map<String, String> headers) throws IOException {
        return send("POST", path, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    public static Answer send(String method, String path, byte[] body, Map<String, String> headers)
            throws IOException {
        int query = path.indexOf('?');
        String rest = query < 0 ? path : path.substring(0, query);
        String queryString = query < 0 ? null : path.substring(query + 1);
        StringWriter written = new StringWriter();
        int[] status = {200};
        new SkylarkWebhookAction().serve(rest, request(method, rest, queryString, body, headers),
                response(status, written));
        return new Answer(status[0], written.toString());
    }

    private static HttpServletRequest request(String method, String rest, String query, byte[] body,
            Map<String, String> headers) {
        Map<String, String> named = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        named.putAll(headers);
        return (HttpServletRequest) Proxy.newProxyInstance(WebhookPosts.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getPathInfo" -> "/" + SkylarkWebhookAction.URL_NAME + rest;
                    case "getQueryString" -> query;
                    case "getHeaderNames" -> Collections.enumeration(named.keySet());
                    case "getHeader" -> named.get((String) args[0]);
                    case "getContentLengthLong" -> (long) body.length;
                    case "getInputStream" -> input(body);
                    default -> throw new UnsupportedOperationException("the endpoint must not read " + m.getName());
                });
    }

    private static HttpServletResponse response(int[] status, StringWriter written) {
        PrintWriter writer = new PrintWriter(written);
        return (HttpServletResponse) Proxy.newProxyInstance(WebhookPosts.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "setStatus" -> {
                        status[0] = (Integer) args[0];
                        yield null;
                    }
                    case "setContentType" -> null;
                    case "getWriter" -> writer;
                    default -> throw new UnsupportedOperationException("the endpoint must not call " + m.getName());
                });
    }

    private static ServletInputStream input(byte[] body) {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
