package io.jenkins.plugins.skylark.harness.steps;

import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.LauncherDecorator;
import hudson.model.Node;
import hudson.model.Result;
import hudson.model.TaskListener;
import java.io.IOException;
import jenkins.model.Jenkins;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback;
import org.jenkinsci.plugins.workflow.steps.BodyInvoker;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * The context of one running step. Like Pipeline's own context it serves, innermost first, the
 * objects enclosing block steps added with {@code withContext}, then the build's run, job, listener,
 * workspace, a launcher on the workspace's channel (decorated by the blocks' {@code LauncherDecorator}) and (as {@code Node}) the built-in node; {@code EnvVars} is the build environment expanded by the innermost
 * {@link EnvironmentExpander}. Completing it completes {@link #outcome()}.
 *
 * <p>It also reaches what Pipeline's program holds in the build ({@link #program()}), which
 * {@link ProgramCheck} saves with River at each step boundary.
 */
final class HarnessStepContext extends StepContext {
    private static final long serialVersionUID = 1L;

    private final transient BuildObjects build;
    private final transient List<Object> contexts;
    private final transient BodyBlock body;
    private final transient CompletableFuture<Object> outcome;
    private final transient BodyFrame enclosing;
    private final transient StepState state;

    HarnessStepContext(BuildObjects build, List<Object> contexts, BodyBlock body, CompletableFuture<Object> outcome) {
        this(build, contexts, body, outcome, null, new StepState());
    }

    private HarnessStepContext(BuildObjects build, List<Object> contexts, BodyBlock body,
            CompletableFuture<Object> outcome, BodyFrame enclosing, StepState state) {
        this.build = build;
        this.contexts = List.copyOf(contexts);
        this.body = body;
        this.outcome = outcome;
        this.enclosing = enclosing;
        this.state = state;
    }

    /** A context for a step started inside this one's scope (a body or a branch). */
    HarnessStepContext child(List<Object> added, BodyBlock childBody) {
        List<Object> all = new ArrayList<>(contexts);
        all.addAll(added);
        return new HarnessStepContext(build, all, childBody, new CompletableFuture<>(), enclosing, new StepState());
    }

    /** The context of this block step's body, which adds {@code added} and reports to {@code callback}. */
    HarnessStepContext bodyContext(List<Object> added, BodyExecutionCallback callback) {
        List<Object> all = new ArrayList<>(contexts);
        all.addAll(added);
        return new HarnessStepContext(build, all, null, new CompletableFuture<>(),
                new BodyFrame(state, callback, added, build.program()), new StepState());
    }

    /** The same step (completing it completes this step) seen with the objects of the end of its body. */
    HarnessStepContext withObjectsOf(HarnessStepContext bodyContext) {
        return new HarnessStepContext(build, bodyContext.contexts, body, outcome, enclosing, state);
    }

    StepState state() {
        return state;
    }

    /** The body this context's step runs in (of the innermost block); null at the top level. */
    BodyFrame enclosing() {
        return enclosing;
    }

    RunningProgram runningProgram() {
        return build.program();
    }

    /** What Pipeline's program holds in this build now (see {@link RunningProgram}). */
    List<RiverRoundTrip.ProgramPart> program() {
        return build.program().parts();
    }

    CompletableFuture<Object> outcome() {
        return outcome;
    }

    BuildObjects build() {
        return build;
    }

    @Override
    public <T> T get(Class<T> key) throws IOException, InterruptedException {
        if (key == EnvVars.class) {
            return key.cast(environment());
        }
        if (key == Node.class) {
            return key.cast(Jenkins.get()); // the workspace is on the built-in node, whose root is JENKINS_HOME
        }
        if (key == Launcher.class) {
            return key.cast(launcher());
        }
        for (int i = contexts.size() - 1; i >= 0; i--) {
            Object object = build.program().current(contexts.get(i));
            if (key.isInstance(object)) {
                return key.cast(object);
            }
        }
        Object[] builtIns = {build.run(), build.run().getParent(), build.listener(), build.workspace()};
        for (Object builtIn : builtIns) {
            if (key.isInstance(builtIn)) {
                return key.cast(builtIn);
            }
        }
        return null;
    }

    /**
     * As Pipeline's: a launcher on the workspace's node (an enclosing block's own launcher if one gave
     * it), wrapped by the innermost {@link LauncherDecorator} of the enclosing blocks ({@code container()}).
     */
    private Launcher launcher() {
        Launcher launcher = innermost(Launcher.class);
        if (launcher == null) {
            launcher = new Launcher.LocalLauncher(build.listener(), build.workspace().getChannel());
        }
        LauncherDecorator decorator = innermost(LauncherDecorator.class);
        return decorator == null ? launcher : decorator.decorate(launcher, Jenkins.get());
    }

    private EnvVars environment() throws IOException, InterruptedException {
        EnvVars contextual = build.run().getEnvironment(build.listener());
        contextual.putAll(build.environment());
        EnvVars custom = innermost(EnvVars.class);
        return EnvironmentExpander.getEffectiveEnvironment(custom == null ? new EnvVars() : custom, contextual,
                innermost(EnvironmentExpander.class));
    }

    private <T> T innermost(Class<T> type) {
        for (int i = contexts.size() - 1; i >= 0; i--) {
            Object object = build.program().current(contexts.get(i));
            if (type.isInstance(object)) {
                return type.cast(object);
            }
        }
        return null;
    }

    @Override
    public void onSuccess(Object result) {
        outcome.complete(result);
    }

    @Override
    public void onFailure(Throwable t) {
        outcome.completeExceptionally(t);
    }

    @Override
    public boolean isReady() {
        return true;
    }

    @Override
    public ListenableFuture<Void> saveState() {
        return Futures.immediateFuture(null);
    }

    @Override
    public void setResult(Result r) {
        build.run().setResult(r);
    }

    @Override
    public BodyInvoker newBodyInvoker() throws IllegalStateException {
        if (body == null) {
            throw new IllegalStateException("There is no body to invoke");
        }
        return new HarnessBodyInvoker(this, body);
    }

    @Override
    public boolean hasBody() {
        return body != null;
    }

    TaskListener listener() {
        return build.listener();
    }

    FilePath workspace() {
        return build.workspace();
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        // A step must never ship its context to an agent; remoting would drag the whole build along.
        throw new NotSerializableException("StepContext must not be sent over a channel");
    }
}
