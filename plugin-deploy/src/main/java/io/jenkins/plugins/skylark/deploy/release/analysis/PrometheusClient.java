package io.jenkins.plugins.skylark.deploy.release.analysis;

import io.jenkins.plugins.skylark.deploy.release.analysis.PrometheusException.Kind;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Instant queries against the Prometheus HTTP API ({@code POST /api/v1/query}, form-encoded, so long
 * queries fit). TLS uses the JVM's trust store unless another {@link HttpClient} is given. Transient
 * failures are retried as the {@link RetryPolicy} says; bad queries, refused credentials and answers
 * that are not Prometheus' fail at once. Credentials go only into the {@code Authorization} header.
 */
public final class PrometheusClient implements MetricSource {

    private static final LocalizedBundle TEXT = LocalizedBundle.of(PrometheusClient.class);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final String baseUrl;
    private final PrometheusAuth auth;
    private final HttpClient http;
    private final RetryPolicy retry;
    private final Sleeper sleeper;

    private PrometheusClient(String baseUrl, PrometheusAuth auth, HttpClient http, RetryPolicy retry, Sleeper sleeper) {
        this.baseUrl = baseUrl;
        this.auth = auth;
        this.http = http;
        this.retry = retry;
        this.sleeper = sleeper;
    }

    /**
     * A client for the Prometheus at {@code url} (e.g. {@code https://prometheus.example.com} or a path
     * prefix such as {@code https://example.com/prometheus}).
     *
     * @throws IllegalArgumentException when the URL is not http(s) or carries credentials itself
     */
    public static PrometheusClient create(String url, PrometheusAuth auth) {
        return new PrometheusClient(checkedBase(url), auth,
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), RetryPolicy.DEFAULT, Sleeper.THREAD);
    }

    public PrometheusClient withHttpClient(HttpClient client) {
        return new PrometheusClient(baseUrl, auth, client, retry, sleeper);
    }

    public PrometheusClient withRetry(RetryPolicy policy, Sleeper backoffSleeper) {
        return new PrometheusClient(baseUrl, auth, http, policy, backoffSleeper);
    }

    /** The base URL queries go to (without a trailing slash). */
    public String url() {
        return baseUrl;
    }

    @Override
    public QueryResult query(String promql, Consumer<String> log) throws PrometheusException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return queryOnce(promql);
            } catch (PrometheusException e) {
                if (!e.kind().isTransient() || attempt >= retry.attempts()) {
                    throw e;
                }
                Duration backoff = retry.backoffAfter(attempt);
                log.accept(TEXT.format("prometheus.retry", e.getMessage(), backoff.toMillis() / 1000.0,
                        attempt + 1, retry.attempts()));
                sleeper.sleep(backoff);
            }
        }
    }

    private QueryResult queryOnce(String promql) throws PrometheusException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/query"))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8)));
        auth.authorization().ifPresent(value -> request.header("Authorization", value));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new PrometheusException(Kind.TIMEOUT, TEXT.format("prometheus.timeout", baseUrl,
                    REQUEST_TIMEOUT.toSeconds()), e);
        } catch (IOException e) {
            throw new PrometheusException(Kind.CONNECTION, TEXT.format("prometheus.connection", baseUrl,
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())), e);
        }
        return PrometheusResponses.read(baseUrl, promql, response.statusCode(), response.body());
    }

    private static String checkedBase(String url) {
        URI uri;
        try {
            uri = URI.create(url == null ? "" : url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(TEXT.format("prometheus.url", redacted(url)), e);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException(TEXT.format("prometheus.url", redacted(url)));
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(TEXT.format("prometheus.url.userInfo", uri.getScheme() + "://" + uri.getHost()));
        }
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** {@code url} without whatever stands between {@code //} and {@code @}: it may be a password. */
    private static String redacted(String url) {
        return url == null ? "" : url.replaceAll("//[^/]*@", "//***@");
    }
}
