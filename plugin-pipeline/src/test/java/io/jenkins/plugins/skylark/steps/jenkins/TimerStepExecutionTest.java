package io.jenkins.plugins.skylark.steps.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.util.concurrent.ListenableFuture;
import hudson.model.Result;
import io.jenkins.plugins.skylark.harness.steps.RiverRoundTrip;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import jenkins.util.Timer;
import org.jenkinsci.plugins.workflow.steps.BodyInvoker;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.junit.jupiter.api.Test;

/**
 * What the timer-waiting steps share: the tick runs the block, stopping cancels the tick, a timer wait never
 * holds a restart back (background work only when the subclass asks), and the tick is not saved.
 */
class TimerStepExecutionTest {
    /** Guards the test against a block that never runs; not a speed requirement. */
    private static final long HANG_GUARD_MINUTES = 5;

    @Test
    void shouldRunTheBlockAtOnceWhenItsTimeIsPast() throws Exception {
        Waiting execution = new Waiting(new Context(), false);
        CountDownLatch ran = new CountDownLatch(1);

        execution.tickAt(Instant.EPOCH, ran::countDown);

        assertThat(ran.await(HANG_GUARD_MINUTES, TimeUnit.MINUTES)).isTrue();
    }

    @Test
    void shouldCancelTheScheduledTickAndFailTheStepWhenStopped() throws Exception {
        Context context = new Context();
        Waiting execution = new Waiting(context, false);
        Future<?> tick = scheduledBy(() -> execution.tickAt(Instant.now().plus(1, ChronoUnit.DAYS), () -> { }));
        assertThat(tick.isCancelled()).isFalse();
        Exception cause = new Exception("aborted by the user");

        execution.stop(cause);

        assertThat(tick.isCancelled()).isTrue();
        assertThat(context.failure).isSameAs(cause);
    }

    @Test
    void shouldNotBlockARestartWhileWaitingOnTheTimer() {
        Waiting execution = new Waiting(new Context(), true);

        execution.tickAt(Instant.now().plus(1, ChronoUnit.DAYS), () -> { });

        assertThat(execution.blocksRestart()).isFalse();
    }

    @Test
    void shouldBlockARestartDuringBackgroundWorkOnlyWhenTheSubclassAsks() throws Exception {
        assertThat(blocksRestartWhileWorking(true)).isTrue();
        assertThat(blocksRestartWhileWorking(false)).isFalse();
    }

    @Test
    void shouldSaveTheSubclassStateButNotTheTickWhichCannotBeSaved() throws Exception {
        Waiting execution = new Waiting(new Context(), false);
        execution.until = Instant.parse("2026-12-03T20:00:00Z");
        execution.tickAt(Instant.now().plus(1, ChronoUnit.DAYS), () -> { });

        Waiting restored = RiverRoundTrip.roundTrip(execution);

        assertThat(restored.until).isEqualTo(execution.until);
        restored.stop(new Exception("stopped after the restart"));
        assertThat(((Context) restored.getContext()).failure).hasMessage("stopped after the restart");
    }

    private static boolean blocksRestartWhileWorking(boolean asks) throws InterruptedException {
        Waiting execution = new Waiting(new Context(), asks);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        execution.work(() -> {
            started.countDown();
            release.await();
            return null;
        });
        assertThat(started.await(HANG_GUARD_MINUTES, TimeUnit.MINUTES)).isTrue();
        try {
            return execution.blocksRestart();
        } finally {
            release.countDown();
        }
    }

    /** The one task {@code schedule} puts on Jenkins' timer (the timer keeps a cancelled task queued). */
    private static Future<?> scheduledBy(Runnable schedule) {
        List<Runnable> before = new ArrayList<>(((ScheduledThreadPoolExecutor) Timer.get()).getQueue());
        schedule.run();
        List<Runnable> added = new ArrayList<>(((ScheduledThreadPoolExecutor) Timer.get()).getQueue());
        added.removeAll(before);
        assertThat(added).hasSize(1);
        return (Future<?>) added.get(0);
    }

    /** A subclass with one saved field, as the real ones have. */
    static final class Waiting extends TimerStepExecution {
        private static final long serialVersionUID = 1L;

        private final boolean asks;
        Instant until;

        Waiting(StepContext context, boolean asks) {
            super(context);
            this.asks = asks;
        }

        @Override
        public boolean start() {
            return false;
        }

        void tickAt(Instant when, Runnable action) {
            runAt(when, action::run);
        }

        void work(Callable<?> action) {
            run(action::call);
        }

        @Override
        protected boolean backgroundWorkBlocksRestart() {
            return asks;
        }
    }

    /** Records the failure the step ends with; the rest is not used by the base class. */
    static final class Context extends StepContext {
        private static final long serialVersionUID = 1L;

        Throwable failure;

        @Override
        public <T> T get(Class<T> key) {
            return null;
        }

        @Override
        public void onSuccess(Object result) {
        }

        @Override
        public void onFailure(Throwable t) {
            failure = t;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public ListenableFuture<Void> saveState() {
            throw new UnsupportedOperationException("not used by the base class");
        }

        @Override
        public void setResult(Result r) {
        }

        @Override
        public BodyInvoker newBodyInvoker() {
            throw new UnsupportedOperationException("no body");
        }

        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
