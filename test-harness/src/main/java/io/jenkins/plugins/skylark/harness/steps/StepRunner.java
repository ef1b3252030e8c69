package io.jenkins.plugins.skylark.harness.steps;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Result;
import hudson.model.TaskListener;
import hudson.model.listeners.RunListener;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * Runs steps in one build as Pipeline would: checks the step's required context, calls
 * {@code start(context)} and {@code StepExecution.start()}, then waits until the execution
 * completes the context. Returns the step's result or throws the exception it failed with.
 *
 * <p>Like Pipeline, it saves the running program with River at step boundaries: a step's execution
 * (and every enclosing block's) that River cannot write or read back fails the test with an
 * {@link AssertionError} naming the field path, as the build would fail in Jenkins.
 */
public final class StepRunner {
    /** Guards the test run against a step that never completes; not a speed requirement. */
    private static final long HANG_GUARD_MINUTES = 5;

    private final HarnessStepContext root;

    private StepRunner(HarnessStepContext root) {
        this.root = root;
    }

    /**
     * A runner for the build {@code run}, its console {@code listener}, workspace and base environment.
     * Tells every {@code RunListener} extension that the build started.
     */
    public static StepRunner forBuild(WorkflowRun run, TaskListener listener, FilePath workspace, EnvVars environment) {
        RunListener.fireStarted(run, listener);
        return new StepRunner(new HarnessStepContext(new BuildObjects(run, listener, workspace, environment, new RunningProgram()),
                List.of(), null, new CompletableFuture<>()));
    }

    /** The build's top-level context. */
    HarnessStepContext root() {
        return root;
    }

    public WorkflowRun build() {
        return root.build().run();
    }

    public FilePath workspace() {
        return root.workspace();
    }

    /** The build's base environment; tests may add variables before running steps. */
    public EnvVars environment() {
        return root.build().environment();
    }

    /** The console log written so far. */
    public String log() throws IOException {
        return build().getLog();
    }

    /**
     * Ends the build as Jenkins does: sets the result (it can only get worse) and tells every
     * {@code RunListener} extension that the build completed, then that it was finalized.
     */
    public void finish(Result result) {
        WorkflowRun run = build();
        run.setResult(result);
        RunListener.fireCompleted(run, root.listener());
        RunListener.fireFinalized(run);
    }

    /** Runs a step at the top level of the build. */
    public Object run(Step step) throws Exception {
        return runToEnd(step, root.child(List.of(), null));
    }

    /** Runs a block step at the top level of the build with {@code body} as its block. */
    public Object run(Step step, BodyBlock body) throws Exception {
        return runToEnd(step, root.child(List.of(), body));
    }

    /** Runs a step inside a body or branch whose context is {@code enclosing}. */
    public Object run(Step step, StepContext enclosing) throws Exception {
        return runToEnd(step, harnessContext(enclosing).child(List.of(), null));
    }

    /** Runs a block step inside a body or branch whose context is {@code enclosing}. */
    public Object run(Step step, StepContext enclosing, BodyBlock body) throws Exception {
        return runToEnd(step, harnessContext(enclosing).child(List.of(), body));
    }

    /** Starts a step at the top level and returns once its {@code start()} returned, for restart tests. */
    public RunningStep start(Step step) throws Exception {
        HarnessStepContext context = root.child(List.of(), null);
        begin(step, context);
        return new RunningStep(context);
    }

    /** Starts a block step at the top level with {@code body} as its block; see {@link #start(Step)}. */
    public RunningStep start(Step step, BodyBlock body) throws Exception {
        HarnessStepContext context = root.child(List.of(), body);
        begin(step, context);
        return new RunningStep(context);
    }

    /** Starts a step inside a body or branch whose context is {@code enclosing}; see {@link #start(Step)}. */
    public RunningStep start(Step step, StepContext enclosing) throws Exception {
        HarnessStepContext context = harnessContext(enclosing).child(List.of(), null);
        begin(step, context);
        return new RunningStep(context);
    }

    /** Runs branches concurrently at the top level, like {@code parallel}; fails if any branch fails. */
    public List<Object> parallel(BodyBlock... branches) throws Exception {
        return parallel(root, branches);
    }

    /** Runs branches concurrently inside {@code enclosing}, each on its own thread and context. */
    public List<Object> parallel(StepContext enclosing, BodyBlock... branches) throws Exception {
        HarnessStepContext parent = harnessContext(enclosing);
        List<CompletableFuture<Object>> outcomes = new ArrayList<>();
        for (int i = 0; i < branches.length; i++) {
            BodyBlock branch = branches[i];
            HarnessStepContext context = parent.child(List.of(), null);
            CompletableFuture<Object> outcome = new CompletableFuture<>();
            new Thread(() -> runBranch(branch, context, outcome), "parallel branch " + (i + 1)).start();
            outcomes.add(outcome);
        }
        return awaitAll(outcomes);
    }

    private static void runBranch(BodyBlock branch, HarnessStepContext context, CompletableFuture<Object> outcome) {
        try {
            outcome.complete(branch.run(context));
        } catch (Throwable t) {
            outcome.completeExceptionally(t);
        }
    }

    private static List<Object> awaitAll(List<CompletableFuture<Object>> outcomes) throws Exception {
        List<Object> results = new ArrayList<>();
        Throwable failure = null;
        for (CompletableFuture<Object> outcome : outcomes) {
            try {
                results.add(await(outcome));
            } catch (Exception | Error e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw rethrow(failure);
        }
        return results;
    }

    /**
     * Starts the step as Pipeline does; when {@code start()} returns without completing the step,
     * the execution stays in the program, which is saved with River then ({@link ProgramCheck}).
     */
    private static Object runToEnd(Step step, HarnessStepContext context) throws Exception {
        begin(step, context);
        return await(context.outcome());
    }

    private static void begin(Step step, HarnessStepContext context) throws Exception {
        step.getDescriptor().checkContextAvailability(context);
        StepExecution execution = step.start(context);
        StepState state = context.state();
        state.started(step, execution);
        context.runningProgram().started(state);
        try {
            if (!execution.start()) {
                saveOrStop(context, execution);
            }
        } catch (Exception | Error e) { // failed in start(): Pipeline fails the step, it leaves the program
            context.runningProgram().ended(state);
            throw e;
        } finally {
            // only now, so the save above includes this execution even if it already completed
            context.outcome().whenComplete((result, failure) -> context.runningProgram().ended(state));
            state.startReturned();
        }
    }

    private static void saveOrStop(HarnessStepContext context, StepExecution execution) {
        try {
            ProgramCheck.save(context, "after " + context.state().name() + " started");
        } catch (AssertionError e) {
            try {
                execution.stop(e);
            } catch (Exception | Error stopFailure) {
                e.addSuppressed(stopFailure);
            }
            throw e;
        }
    }

    static Object await(CompletableFuture<Object> outcome) throws Exception {
        try {
            return outcome.get(HANG_GUARD_MINUTES, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("step did not complete within " + HANG_GUARD_MINUTES + " minutes", e);
        }
    }

    private static Exception rethrow(Throwable t) {
        if (t instanceof Error error) {
            throw error;
        }
        return (Exception) t;
    }

    private static HarnessStepContext harnessContext(StepContext context) {
        if (context instanceof HarnessStepContext harness) {
            return harness;
        }
        throw new IllegalArgumentException("not a context of this harness: " + context);
    }
}
