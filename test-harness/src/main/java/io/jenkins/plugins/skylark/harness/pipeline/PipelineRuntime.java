package io.jenkins.plugins.skylark.harness.pipeline;

import groovy.lang.Closure;
import groovy.lang.GroovyObject;
import groovy.lang.MissingPropertyException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The state of one build while its Jenkinsfile runs: workspace, environment, parameters, console,
 * result, the steps it may call and the shared library's global variables. Calls from the script
 * land here; each thread (parallel branch) has its own {@link Scope}.
 */
public final class PipelineRuntime {
    private final Path workspace;
    private final Map<String, PipelineStep> steps;
    private final SharedLibrary library;
    private final ConsoleLog console;
    private final Map<String, String> globalEnvironment = new ConcurrentHashMap<>();
    private final Map<String, Object> parameters = new ConcurrentHashMap<>();
    private final InheritableThreadLocal<Scope> scope;
    private final Map<String, GroovyObject> loadedVariables = new ConcurrentHashMap<>();
    private final ScmSteps.Repository scm;
    private volatile BuildResult result = BuildResult.SUCCESS;
    private volatile GroovyObject script;

    PipelineRuntime(Path workspace, Map<String, PipelineStep> steps, SharedLibrary library, ConsoleLog console,
            Map<String, String> environment, ScmSteps.Repository scm) {
        this.scm = scm;
        this.workspace = workspace;
        this.steps = Map.copyOf(steps);
        this.library = library;
        this.console = console;
        this.globalEnvironment.putAll(environment);
        Scope root = new Scope(Map.of(), workspace);
        this.scope = new InheritableThreadLocal<>() {
            @Override
            protected Scope initialValue() {
                return root;
            }
        };
    }

    void attach(GroovyObject runningScript) {
        this.script = runningScript;
    }

    /** Resolves a name the script called: a library variable, then a step; otherwise Jenkins' error. */
    Object call(String name, Object[] args) throws Exception {
        if (library.has(name)) {
            return variable(name).invokeMethod("call", args);
        }
        PipelineStep step = steps.get(name);
        if (step == null) {
            throw new PipelineFailure("No such DSL method '" + name + "' found among steps "
                    + new TreeSet<>(steps.keySet()));
        }
        return step.invoke(StepCall.of(name, args, this));
    }

    /** Resolves a name the script read: env, params, currentBuild, a library variable, an env variable. */
    Object property(String name) {
        switch (name) {
            case "env":
                return new EnvironmentVariables(this);
            case "params":
                return Collections.unmodifiableMap(parameters);
            case "currentBuild":
                return new CurrentBuild(this);
            case "scm":
                return scm;
            case "_":
                return null;
            default:
                if (library.has(name)) {
                    return variable(name);
                }
                String value = environment().get(name);
                if (value != null) {
                    return value;
                }
                throw new MissingPropertyException(name, script == null ? Object.class : script.getClass());
        }
    }

    private GroovyObject variable(String name) {
        return loadedVariables.computeIfAbsent(name, n -> library.load(n, this));
    }

    /** Runs a closure in the current scope. */
    public Object runClosure(Closure<?> body) {
        return body.call();
    }

    /** Runs {@code block} with a child scope, restoring the previous scope afterwards. */
    public <T> T inScope(Scope child, Supplier<T> block) {
        Scope previous = scope.get();
        scope.set(child);
        try {
            return block.get();
        } finally {
            scope.set(previous);
        }
    }

    /** Runs {@code body} with extra environment variables (withEnv, EnvironmentExpander). */
    public Object withEnvironment(Map<String, String> extra, Closure<?> body) {
        return inScope(scope().withEnvironment(extra), () -> runClosure(body));
    }

    Scope scope() {
        return scope.get();
    }

    /** The environment as the current scope sees it: build variables overlaid by block variables. */
    public Map<String, String> environment() {
        Map<String, String> merged = new LinkedHashMap<>(globalEnvironment);
        merged.putAll(scope().environment());
        return merged;
    }

    void setGlobalVariable(String name, String value) {
        globalEnvironment.put(name, value);
    }

    void setParameter(String name, Object value) {
        parameters.put(name, value);
    }

    public Map<String, Object> parameters() {
        return Collections.unmodifiableMap(parameters);
    }

    /** The directory steps work in: the workspace, or a {@code dir} below it. */
    public Path directory() {
        return scope().directory();
    }

    public Path workspace() {
        return workspace;
    }

    public PrintStream logger() {
        return console.stream();
    }

    public void log(String line) {
        console.println(line);
    }

    public BuildResult result() {
        return result;
    }

    /** Makes the result worse (never better), as {@code currentBuild.result = …} does. */
    public synchronized void worsen(BuildResult newResult) {
        result = result.combine(newResult);
    }
}
