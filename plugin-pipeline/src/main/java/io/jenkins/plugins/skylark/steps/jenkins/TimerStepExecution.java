package io.jenkins.plugins.skylark.steps.jenkins;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import jenkins.util.Timer;
import org.jenkinsci.plugins.workflow.steps.GeneralNonBlockingStepExecution;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * A step execution that waits on Jenkins' timer between pieces of background work, no thread held meanwhile,
 * as the {@code sleep} step does. Only the scheduled tick lives here, and it is transient: this class adds
 * nothing to the saved program, so a subclass's saved form is its own fields; after a restart the subclass's
 * {@link #onResume()} re-arms the wait from them with {@link #runAt}.
 */
public abstract class TimerStepExecution extends GeneralNonBlockingStepExecution {
    private static final long serialVersionUID = 1L;

    private transient volatile ScheduledFuture<?> tick;

    protected TimerStepExecution(StepContext context) {
        super(context);
    }

    /** Runs {@code block} as background work at {@code when} (at once when it is past). */
    protected final void runAt(Instant when, Block block) {
        long delay = Math.max(0, Duration.between(Instant.now(), when).toMillis());
        tick = Timer.get().schedule(() -> run(block), delay, TimeUnit.MILLISECONDS);
    }

    /** Cancels the scheduled tick (a block already running is stopped by the superclass). */
    @Override
    public void stop(Throwable cause) throws Exception {
        ScheduledFuture<?> waiting = tick;
        if (waiting != null) {
            waiting.cancel(false);
        }
        super.stop(cause);
    }

    /**
     * A timer wait never blocks a restart ({@link #onResume()} re-arms it); running background work does only
     * when {@link #backgroundWorkBlocksRestart()} says a restart now would cost too much to redo.
     */
    @Override
    public final boolean blocksRestart() {
        return backgroundWorkBlocksRestart() && super.blocksRestart();
    }

    /** Whether background work running now should hold a restart back; by default not, resuming redoes it. */
    protected boolean backgroundWorkBlocksRestart() {
        return false;
    }
}
