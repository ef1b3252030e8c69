package io.jenkins.plugins.skylark.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.skylark.harness.faults.FaultPlan;
import io.jenkins.plugins.skylark.harness.faults.FaultProxy;
import io.jenkins.plugins.skylark.harness.faults.InjectedFault;
import io.jenkins.plugins.skylark.harness.registry.LocalRegistry;
import io.jenkins.plugins.skylark.harness.registry.RequiresRegistry;
import io.jenkins.plugins.skylark.image.retry.RetryPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pushes through a {@link FaultProxy} in front of a real registry that fails a share of the calls, as
 * a busy registry behind a load balancer does. Pauses are recorded, not waited for.
 */
@RequiresRegistry
class ImageRegistryFaultTest {

    @TempDir
    Path workspace;

    private final List<String> progress = Collections.synchronizedList(new ArrayList<>());
    private final List<Duration> pauses = Collections.synchronizedList(new ArrayList<>());
    private final ImageEngine engine = new ImageEngine(RetryPolicy.DEFAULT, pauses::add);

    @Test
    void shouldPushThroughTheProxyUnchangedWhenNothingFails() throws Exception {
        JavaAppWorkspace app = JavaAppWorkspace.create(workspace, 20_000);
        try (LocalRegistry registry = LocalRegistry.start();
                FaultProxy proxy = FaultProxy.inFrontOf(registry.url(), FaultPlan.fraction(0, 0))) {
            ImageResult result = engine.build(app.request().registry(proxy.hostPort()).insecure(true).build(), progress::add);

            assertThat(proxy.injected()).isEmpty();
            assertThat(proxy.coveredCalls()).isPositive();
            assertThat(retryLines()).isEmpty();
            assertThat(PulledImage.pull(registry, "demo/hello", "latest").manifestDigest()).isEqualTo(result.digest());
        }
    }

    /** One write in five and one read in ten fail (503, 500 and dropped connections in turn); every run must still push. */
    @RepeatedTest(4)
    void shouldPushThroughARegistryFailingAFifthOfWritesAndATenthOfReads() throws Exception {
        JavaAppWorkspace app = JavaAppWorkspace.create(workspace, 20_000);
        try (LocalRegistry registry = LocalRegistry.start();
                FaultProxy proxy = FaultProxy.inFrontOf(registry.url(), FaultPlan.fraction(5, 10))) {
            ImageRequest request = app.request().registry(proxy.hostPort()).insecure(true)
                    .tags(List.of("42", "abc1234")).build();

            ImageResult result = engine.build(request, progress::add);

            assertThat(proxy.injected()).as("faults injected").isNotEmpty()
                    .anyMatch(fault -> fault.startsWith("503 ")).anyMatch(fault -> fault.startsWith("500 "));
            assertThat(retryLines()).as("a line per retry").hasSameSizeAs(pauses).isNotEmpty();
            assertThat(PulledImage.pull(registry, "demo/hello", "42").manifestDigest()).isEqualTo(result.digest());
            assertThat(PulledImage.pull(registry, "demo/hello", "abc1234").manifestDigest()).isEqualTo(result.digest());
        }
    }

    @Test
    void shouldFailNamingTheAttemptsAndTheLastErrorWhenTheRegistryKeepsFailing() throws Exception {
        JavaAppWorkspace app = JavaAppWorkspace.create(workspace, 1_000);
        try (LocalRegistry registry = LocalRegistry.start();
                FaultProxy proxy = FaultProxy.inFrontOf(registry.url(), FaultPlan.always(InjectedFault.SERVICE_UNAVAILABLE))) {
            ImageRequest request = app.request().registry(proxy.hostPort()).insecure(true).build();

            ImageBuildException failure = catchThrowableOfType(ImageBuildException.class,
                    () -> engine.build(request, progress::add));

            assertThat(failure.reason()).isEqualTo(ImageBuildException.Reason.REGISTRY_UNAVAILABLE);
            assertThat(failure).hasMessageStartingWith("Registry " + proxy.hostPort() + " kept failing: 503 Service Unavailable | GET http://" + proxy.hostPort() + "/v2/")
                    .hasMessageEndingWith("(gave up after 10 attempts)");
            assertThat(retryLines()).hasSize(9)
                    .allMatch(line -> line.startsWith("Registry call failed (503 Service Unavailable | GET http://"));
            assertThat(retryLines().get(0)).endsWith("(attempt 2 of 10)");
        }
    }

    @Test
    void shouldNotRetryWithoutAnAttemptBudget() throws Exception {
        JavaAppWorkspace app = JavaAppWorkspace.create(workspace, 1_000);
        try (LocalRegistry registry = LocalRegistry.start();
                FaultProxy proxy = FaultProxy.inFrontOf(registry.url(), FaultPlan.always(InjectedFault.INTERNAL_SERVER_ERROR))) {
            ImageRequest request = app.request().registry(proxy.hostPort()).insecure(true).build();

            ImageBuildException failure = catchThrowableOfType(ImageBuildException.class,
                    () -> new ImageEngine(RetryPolicy.NONE, pauses::add).build(request, progress::add));

            assertThat(failure).hasMessageContaining("kept failing: 500 ").hasMessageEndingWith("(gave up after 1 attempt)");
            assertThat(retryLines()).isEmpty();
        }
    }

    private List<String> retryLines() {
        synchronized (progress) {
            return progress.stream().filter(line -> line.startsWith("Registry call failed")).toList();
        }
    }
}
