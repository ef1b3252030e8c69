package io.jenkins.plugins.skylark.harness.pipeline;

import hudson.EnvVars;
import io.jenkins.plugins.skylark.harness.steps.BodyBlock;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;

/**
 * Dispatches a Jenkinsfile's calls to the real {@link Step}s Jenkins knows (every {@link StepDescriptor}
 * extension, by function name), started through the harness's {@link StepRunner} in the build's own
 * context. A block step's body runs the Groovy closure inside the body's context, so steps nested in
 * {@code withPlatform { … }} see what it provides, and its environment reaches {@code sh} and {@code env}.
 */
public final class JenkinsSteps {
    private final StepRunner build;
    /** The context of the innermost block the current thread runs in; null at the top level. */
    private final InheritableThreadLocal<StepContext> enclosing = new InheritableThreadLocal<>();

    private JenkinsSteps(StepRunner build) {
        this.build = build;
    }

    /** Registers every step descriptor Jenkins has with {@code runner}, dispatching to {@code build}. */
    public static JenkinsfileRunner register(JenkinsfileRunner runner, StepRunner build) {
        JenkinsSteps steps = new JenkinsSteps(build);
        runner.build(build.build());
        for (StepDescriptor descriptor : StepDescriptor.all()) {
            runner.step(descriptor.getFunctionName(), call -> steps.invoke(descriptor, call));
        }
        return runner;
    }

    private Object invoke(StepDescriptor descriptor, StepCall call) throws Exception {
        DataBinder.Bound<? extends Step> bound = DataBinder.bind(descriptor.clazz, call);
        bound.warnings().forEach(call.runtime()::log);
        synchronized (build.environment()) {
            build.environment().putAll(call.runtime().environment());
        }
        StepContext outer = enclosing.get();
        if (!call.hasBody()) {
            return outer == null ? build.run(bound.instance()) : build.run(bound.instance(), outer);
        }
        BodyBlock body = context -> runBody(context, call);
        return outer == null ? build.run(bound.instance(), body) : build.run(bound.instance(), outer, body);
    }

    /** Runs the closure with {@code context} as the enclosing block and its environment in scope. */
    private Object runBody(StepContext context, StepCall call) throws Exception {
        StepContext previous = enclosing.get();
        enclosing.set(context);
        try {
            EnvVars environment = context.get(EnvVars.class);
            Map<String, String> variables = environment == null ? Map.of() : environment;
            return call.runtime().withEnvironment(variables, call.body());
        } finally {
            enclosing.set(previous);
        }
    }
}
