package io.jenkins.plugins.skylark.deploy.cluster;

import io.fabric8.kubernetes.client.http.AsyncBody;
import io.fabric8.kubernetes.client.http.BasicBuilder;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import io.fabric8.kubernetes.client.http.Interceptor;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Watches the client's calls (a fabric8 {@link Interceptor}, which sees each retry as its own attempt)
 * and remembers, per method and URL, the run of failed attempts: fabric8's own exception says neither
 * how often it tried nor for how long. A success forgets the run.
 */
public final class ApiCallRecorder implements Interceptor {

    /** A run of failed attempts at one call; {@code status} is 0 when the connection failed. */
    public record FailedCall(String method, String url, int status, String reason, int attempts, long nanos) {
    }

    private record Run(long startNanos, FailedCall last) {
    }

    private static final int SERVER_ERROR = 500;

    private final LongSupplier nanoTime;
    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private volatile FailedCall lastFailure;

    public ApiCallRecorder() {
        this(System::nanoTime);
    }

    ApiCallRecorder(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    @Override
    public void before(BasicBuilder builder, HttpRequest request, RequestTags tags) {
        runs.computeIfAbsent(key(request), key -> new Run(nanoTime.getAsLong(), null));
    }

    @Override
    public void after(HttpRequest request, HttpResponse<?> response, AsyncBody.Consumer<List<ByteBuffer>> consumer) {
        if (response.code() < SERVER_ERROR) {
            runs.remove(key(request));
        } else {
            failed(request, response.code(), response.message());
        }
    }

    @Override
    public void afterConnectionFailure(HttpRequest request, Throwable failure) {
        failed(request, 0, failure.getClass().getSimpleName() + ": " + failure.getMessage());
    }

    /** The run of failures recorded last, if the call has not succeeded since. */
    public Optional<FailedCall> lastFailure() {
        FailedCall last = lastFailure;
        return last != null && runs.containsKey(last.method() + " " + last.url()) ? Optional.of(last) : Optional.empty();
    }

    private void failed(HttpRequest request, int status, String reason) {
        String key = key(request);
        Run run = runs.compute(key, (k, previous) -> {
            long start = previous == null ? nanoTime.getAsLong() : previous.startNanos();
            int attempts = previous == null || previous.last() == null ? 1 : previous.last().attempts() + 1;
            return new Run(start, new FailedCall(request.method(), request.uri().toString(), status, reason, attempts,
                    nanoTime.getAsLong() - start));
        });
        lastFailure = run.last();
    }

    private static String key(HttpRequest request) {
        return request.method() + " " + request.uri();
    }
}
