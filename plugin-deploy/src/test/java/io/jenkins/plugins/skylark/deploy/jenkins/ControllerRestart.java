package io.jenkins.plugins.skylark.deploy.jenkins;

import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.SettableFuture;
import hudson.model.Result;
import io.jenkins.plugins.skylark.harness.steps.RiverRoundTrip;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jenkinsci.plugins.workflow.steps.BodyInvoker;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * A controller restart under one running step, as Pipeline lives through it: the program state is saved
 * right after {@code start()} (the step boundary) and whenever the step calls {@code saveState()}; the
 * controller dies at the step's first {@code saveState()} (that call never returns, and nothing the old
 * execution does afterwards reaches the build); a new execution is read back from a saved state with a
 * new context for the same step, and {@code onResume()} is called.
 *
 * <p>Each save is a {@link RiverRoundTrip}: written with River as Pipeline writes {@code program.dat},
 * and read back at once (what a restart would read), so what the step holds is checked the way Pipeline
 * saves it at every step boundary. The step's context is saved as a handle that reads back as the new
 * controller's context for the same step, as Pipeline reconnects its own.
 */
final class ControllerRestart {
    /** Guards the test run against a step that never gets there; not a speed requirement. */
    private static final long HANG_GUARD_MINUTES = 5;

    /** The contexts of the controllers after the restarts, by the handle their steps' saved states hold. */
    private static final Map<Integer, RestartContext> NEXT = new ConcurrentHashMap<>();
    private static final AtomicInteger HANDLES = new AtomicInteger();

    private final StepExecution execution;
    private final RestartContext before;
    private final RestartContext after;
    private final CompletableFuture<StepExecution> checkpoint = new CompletableFuture<>();
    private StepExecution started;

    private ControllerRestart(Step step, StepContext enclosing) throws Exception {
        int handle = HANDLES.incrementAndGet();
        before = new RestartContext(enclosing, this::crashAtSave, handle);
        after = new RestartContext(enclosing, () -> Futures.immediateFuture(null), handle);
        NEXT.put(handle, after);
        execution = step.start(before);
    }

    /** Starts {@code step} inside {@code enclosing} (e.g. a {@code withPlatform} body). */
    static ControllerRestart start(Step step, StepContext enclosing) throws Exception {
        ControllerRestart restart = new ControllerRestart(step, enclosing);
        synchronized (restart) {
            if (restart.execution.start()) {
                throw new AssertionError("the step completed synchronously: nothing to resume");
            }
            restart.started = save(restart.execution);
        }
        restart.before.open();
        return restart;
    }

    /** The execution as saved at the step boundary, before the step's writes were known to be done. */
    synchronized StepExecution savedAtStart() {
        return started;
    }

    /** The execution as the step saved it itself, once it has (the controller died right after that save). */
    StepExecution savedByStep() throws Exception {
        return await(checkpoint);
    }

    /**
     * Kills the old controller and resumes {@code saved} (one of the saved states) on the new one; returns
     * the step's result or throws its failure.
     */
    Object resumeFrom(StepExecution saved) throws Exception {
        await(checkpoint);
        before.die();
        execution.stop(new InterruptedException("controller killed"));
        after.open();
        try {
            saved.onResume();
            return await(after.outcome);
        } finally {
            NEXT.remove(after.handle);
        }
    }

    private ListenableFuture<Void> crashAtSave() {
        synchronized (this) {
            try {
                checkpoint.complete(save(execution));
            } catch (RuntimeException e) {
                checkpoint.completeExceptionally(e);
            }
        }
        return SettableFuture.create();
    }

    private static StepExecution save(StepExecution execution) {
        return RiverRoundTrip.roundTrip(execution);
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        try {
            return future.get(HANG_GUARD_MINUTES, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        } catch (TimeoutException e) {
            throw new AssertionError("nothing happened within " + HANG_GUARD_MINUTES + " minutes", e);
        }
    }

    /** What a saved state holds in place of a step's context: read back as the next controller's. */
    static final class ContextHandle implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int handle;

        ContextHandle(int handle) {
            this.handle = handle;
        }

        private Object readResolve() {
            return NEXT.get(handle);
        }
    }

    /** One controller's view of the step: objects from the enclosing body; completions dropped once it died. */
    private static final class RestartContext extends StepContext {
        private static final long serialVersionUID = 1L;

        private final transient StepContext enclosing;
        private final transient Saver saver;
        private final transient int handle;
        private final transient CompletableFuture<Object> outcome = new CompletableFuture<>();
        /** Holds the step's background work until the boundary state is saved, so that state precedes its writes. */
        private final transient CountDownLatch opened = new CountDownLatch(1);
        private final transient Thread starter = Thread.currentThread();
        private transient volatile boolean dead;

        RestartContext(StepContext enclosing, Saver saver, int handle) {
            this.enclosing = enclosing;
            this.saver = saver;
            this.handle = handle;
        }

        private Object writeReplace() {
            return new ContextHandle(handle);
        }

        void open() {
            opened.countDown();
        }

        void die() {
            dead = true;
        }

        @Override
        public <T> T get(Class<T> key) throws IOException, InterruptedException {
            if (Thread.currentThread() != starter) {
                opened.await();
            }
            return enclosing.get(key);
        }

        @Override
        public void onSuccess(Object result) {
            if (!dead) {
                outcome.complete(result);
            }
        }

        @Override
        public void onFailure(Throwable t) {
            if (!dead) {
                outcome.completeExceptionally(t);
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public ListenableFuture<Void> saveState() {
            return saver.save();
        }

        @Override
        public void setResult(Result r) {
            enclosing.setResult(r);
        }

        @Override
        public BodyInvoker newBodyInvoker() {
            throw new IllegalStateException("There is no body to invoke");
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

    @FunctionalInterface
    private interface Saver {
        ListenableFuture<Void> save();
    }
}
