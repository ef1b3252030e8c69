package io.jenkins.plugins.skylark.image.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.api.client.http.HttpHeaders;
import com.google.api.client.http.HttpResponseException;
import com.google.cloud.tools.jib.http.ResponseException;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.net.ConnectException;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RegistryRetriesTest {

    private static final RetryPolicy FOUR = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8));
    private static final String UPLOAD = "POST http://r/v2/shop/orders/blobs/uploads/";

    private final List<Duration> pauses = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private final List<Boolean> serialAttempts = new ArrayList<>();
    private final AtomicReference<String> operation = new AtomicReference<>("pushing blob sha256:1");
    private final RegistryRetries retries = new RegistryRetries(FOUR, pauses::add, () -> 0.5,
            (failure, attempt, max, delay) -> lines.add(failure + " #" + attempt + "/" + max + " " + delay.toMillis()));

    @Test
    void shouldRepeatTheBuildOneStepAtATimeUntilItSucceedsWithGrowingPauses() throws Exception {
        String result = retries.run(serial -> {
            serialAttempts.add(serial);
            if (serialAttempts.size() < 4) {
                throw new ExecutionException(status(503, "Service Unavailable", UPLOAD));
            }
            return "pushed";
        }, operation::get);

        assertThat(result).isEqualTo("pushed");
        assertThat(serialAttempts).containsExactly(false, true, true, true);
        assertThat(pauses).containsExactly(Duration.ofMillis(375), Duration.ofMillis(750), Duration.ofMillis(1500));
        assertThat(lines).containsExactly("503 Service Unavailable | " + UPLOAD + " #1/4 375",
                "503 Service Unavailable | " + UPLOAD + " #2/4 750", "503 Service Unavailable | " + UPLOAD + " #3/4 1500");
    }

    @Test
    void shouldGiveUpWithTheLastErrorAndTheNumberOfAttemptsOfTheOperationThatKeptFailing() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> retries.run(serial -> {
            throw calls.incrementAndGet() < 4 ? new SocketException("Connection reset")
                    : status(500, "Internal Server Error", "PUT http://r/v2/shop/orders/manifests/42");
        }, operation::get)).isInstanceOfSatisfying(RetriesExhaustedException.class, exhausted -> {
            assertThat(exhausted.attempts()).isEqualTo(4);
            assertThat(exhausted.lastFailure()).isEqualTo("500 Internal Server Error | PUT http://r/v2/shop/orders/manifests/42");
        });
        assertThat(calls).hasValue(4);
        assertThat(pauses).hasSize(3);
    }

    @Test
    void shouldGiveEachOperationItsOwnBudget() throws Exception {
        List<String> failingOperations = List.of("blob 1", "blob 1", "blob 2", "blob 2", "blob 3", "blob 3");
        AtomicInteger calls = new AtomicInteger();

        String result = retries.run(serial -> {
            int call = calls.getAndIncrement();
            if (call < failingOperations.size()) {
                operation.set(failingOperations.get(call));
                throw status(503, "Service Unavailable", UPLOAD);
            }
            return "pushed";
        }, operation::get);

        assertThat(result).isEqualTo("pushed");
        assertThat(lines).extracting(line -> line.substring(line.indexOf('#'), line.indexOf(' ', line.indexOf('#'))))
                .containsExactly("#1/4", "#2/4", "#2/4", "#3/4", "#2/4", "#3/4");
    }

    @Test
    void shouldNotRetryRefusalsUnreachableRegistriesOrLocalFailures() {
        for (Exception permanent : List.of(status(401, "Unauthorized", "GET http://r/v2/"),
                status(404, "Not Found", "GET http://r/v2/base/manifests/1"), new ConnectException("Connection refused"),
                new IOException("cannot read layer file"))) {
            AtomicInteger calls = new AtomicInteger();

            assertThatThrownBy(() -> retries.run(serial -> {
                calls.incrementAndGet();
                throw permanent;
            }, operation::get)).isSameAs(permanent);
            assertThat(calls).as(permanent.toString()).hasValue(1);
        }
        assertThat(pauses).isEmpty();
    }

    @Test
    void shouldRestartAnUploadTheRegistryFoundBroken() {
        assertThat(TransientFailures.isTransient(status(400, "Bad Request",
                "PUT http://r/v2/shop/orders/blobs/uploads/9d7b?digest=sha256:91"))).isTrue();
        assertThat(TransientFailures.isTransient(status(400, "Bad Request",
                "PUT http://r/v2/shop/orders/manifests/42"))).isFalse();
    }

    @Test
    void shouldSummariseStatusAndRequestWithoutBodyOrQuery() {
        assertThat(TransientFailures.summary(new ExecutionException(status(500, "Internal Server Error",
                "PUT http://r/v2/shop/orders/blobs/uploads/8d79?_state=oB4L0QzR7o8&digest=sha256:91"))))
                .isEqualTo("500 Internal Server Error | PUT http://r/v2/shop/orders/blobs/uploads/8d79");
    }

    @Test
    void shouldCapThePauseAndKeepItsJitterWithinTheUpperHalf() {
        RetryPolicy policy = RetryPolicy.DEFAULT;

        assertThat(policy.delayAfter(1, 0.0)).isEqualTo(Duration.ofMillis(250));
        assertThat(policy.delayAfter(1, 0.999)).isLessThan(Duration.ofMillis(500));
        assertThat(policy.delayAfter(5, 0.0)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.delayAfter(30, 0.999)).isLessThanOrEqualTo(Duration.ofSeconds(8));
        assertThat(policy.allowsAnotherAfter(9)).isTrue();
        assertThat(policy.allowsAnotherAfter(10)).isFalse();
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO)).hasMessageContaining("maxAttempts");
    }

    /** Jib's wrapper of an HTTP error answer, as its HTTP client throws it (its constructor is package-private). */
    private static ResponseException status(int code, String reason, String request) {
        HttpResponseException answer = new HttpResponseException.Builder(code, reason, new HttpHeaders())
                .setMessage(code + " " + reason + "\n" + request + "\n{\"errors\":[]}").build();
        try {
            Constructor<ResponseException> constructor =
                    ResponseException.class.getDeclaredConstructor(HttpResponseException.class, boolean.class);
            constructor.setAccessible(true);
            return constructor.newInstance(answer, false);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
