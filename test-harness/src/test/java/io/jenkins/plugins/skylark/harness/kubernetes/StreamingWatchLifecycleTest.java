package io.jenkins.plugins.skylark.harness.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Streaming watches end with their timeout, their client or the server, and leave nothing behind. */
class StreamingWatchLifecycleTest {

    @Test
    void shouldForgetWatchesThatTimeOutOrWhoseClientLeaves() {
        try (FakeKubernetes fake = FakeKubernetes.builder().controllers(false).start();
                WatchLines timed = WatchLines.open(fake, "/api/v1/configmaps?watch=true&timeoutSeconds=1");
                WatchLines open = WatchLines.open(fake, "/api/v1/configmaps?watch=true")) {
            awaitStreams(fake, 2);

            assertThat(timed.ended()).isTrue();
            awaitStreams(fake, 1);
            open.close();
            awaitStreams(fake, 0);
        }
    }

    @Test
    void shouldEndStreamsCleanlyWhenTheServerCloses() {
        FakeKubernetes fake = FakeKubernetes.builder().controllers(false).start();
        try (WatchLines watch = WatchLines.open(fake, "/api/v1/pods?watch=true")) {
            awaitStreams(fake, 1);

            fake.close();

            assertThat(watch.ended()).isTrue();
            assertThat(fake.streamingWatches()).isZero();
        }
    }

    private static void awaitStreams(FakeKubernetes fake, int count) {
        Fixtures.await(() -> fake.streamingWatches() == count ? Boolean.TRUE : null);
    }
}
