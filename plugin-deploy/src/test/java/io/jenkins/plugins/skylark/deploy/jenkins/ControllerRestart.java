package io.jenkins.plugins.skylark.deploy.jenkins;

import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.SettableFuture;
import hudson.model.Result;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 * <p>The state is written with Java serialization, the step context swapped for a token as Pipeline
 * swaps its own. TODO(issue 8 §2): use the harness' River round trip ({@code RiverRoundTrip}) once it is
 * on main, so the saved state is also checked the way Pipeline writes it.
 */
final class ControllerRestart {
    /** Guards the test run against a step that never gets there; not a speed requirement. */
    private static final long HANG_GUARD_MINUTES = 5;

    private final StepExecution execution;
    private final RestartContext before;
    private final CompletableFuture<byte[]> checkpoint = new CompletableFuture<>();
    private byte[] started;

    private ControllerRestart(Step step, StepContext enclosing) throws Exception {
        before = new RestartContext(enclosing, this::crashAtSave);
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

    /** The state saved at the step boundary, before the step's writes were known to be done. */
    synchronized byte[] savedAtStart() {
        return started;
    }

    /** The state the step saved itself, once it has (the controller died right after that save). */
    byte[] savedByStep() throws Exception {
        return await(checkpoint);
    }

    /**
     * Restores the execution from {@code state} with a new context for the same step, resumes it, and
     * returns its result or throws its failure.
     */
    Object resumeFrom(byte[] state) throws Exception {
        await(checkpoint);
        before.die();
        execution.stop(new InterruptedException("controller killed"));
        RestartContext after = new RestartContext(before.enclosing, () -> Futures.immediateFuture(null));
        after.open();
        StepExecution resumed = load(state, after);
        resumed.onResume();
        return await(after.outcome);
    }

    private ListenableFuture<Void> crashAtSave() {
        synchronized (this) {
            checkpoint.complete(save(execution));
        }
        return SettableFuture.create();
    }

    private static byte[] save(Object execution) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ContextSwappingOutput(bytes)) {
            out.writeObject(execution);
        } catch (IOException e) {
            throw new AssertionError("the step's execution could not be saved: " + e, e);
        }
        return bytes.toByteArray();
    }

    private static StepExecution load(byte[] state, StepContext context) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ContextResolvingInput(new ByteArrayInputStream(state), context)) {
            return (StepExecution) in.readObject();
        }
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

    /** Stands for the step's context in a saved state. */
    private record ContextToken() implements Serializable {
    }

    private static final class ContextSwappingOutput extends ObjectOutputStream {
        ContextSwappingOutput(ByteArrayOutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object obj) {
            return obj instanceof StepContext ? new ContextToken() : obj;
        }
    }

    private static final class ContextResolvingInput extends ObjectInputStream {
        private final StepContext context;

        ContextResolvingInput(ByteArrayInputStream in, StepContext context) throws IOException {
            super(in);
            this.context = context;
            enableResolveObject(true);
        }

        @Override
        protected Object resolveObject(Object obj) {
            return obj instanceof ContextToken ? context : obj;
        }
    }

    /** One controller's view of the step: objects from the enclosing body; completions dropped once it died. */
    private static final class RestartContext extends StepContext {
        private static final long serialVersionUID = 1L;

        private final transient StepContext enclosing;
        private final transient Saver saver;
        private final transient CompletableFuture<Object> outcome = new CompletableFuture<>();
        /** Holds the step's background work until the boundary state is saved, so that state precedes its writes. */
        private final transient CountDownLatch opened = new CountDownLatch(1);
        private final transient Thread starter = Thread.currentThread();
        private transient volatile boolean dead;

        RestartContext(StepContext enclosing, Saver saver) {
            this.enclosing = enclosing;
            this.saver = saver;
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
