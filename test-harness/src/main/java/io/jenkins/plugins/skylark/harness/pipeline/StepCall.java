package io.jenkins.plugins.skylark.harness.pipeline;

import groovy.lang.Closure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments of one step call, normalised the way Jenkins binds them: named arguments, or a single
 * positional value (which Jenkins gives to the step's only required parameter), and an optional body.
 * Groovy strings are already turned into plain strings.
 */
public final class StepCall {
    private final String name;
    private final Map<String, Object> arguments;
    private final Object singleValue;
    private final Closure<?> body;
    private final PipelineRuntime runtime;

    StepCall(String name, Map<String, Object> arguments, Object singleValue, Closure<?> body,
            PipelineRuntime runtime) {
        this.name = name;
        this.arguments = arguments;
        this.singleValue = singleValue;
        this.body = body;
        this.runtime = runtime;
    }

    static StepCall of(String name, Object[] raw, PipelineRuntime runtime) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        Object single = null;
        Closure<?> body = null;
        for (Object arg : raw) {
            if (arg instanceof Closure<?> closure) {
                body = closure;
            } else if (arg instanceof Map<?, ?> map && single == null && arguments.isEmpty()) {
                map.forEach((k, v) -> arguments.put(String.valueOf(k), GroovyValues.plain(v)));
            } else {
                single = GroovyValues.plain(arg);
            }
        }
        return new StepCall(name, arguments, single, body, runtime);
    }

    public String name() {
        return name;
    }

    /** Named arguments, in call order. */
    public Map<String, Object> arguments() {
        return arguments;
    }

    /** The named argument, or the single positional value when {@code name} is the default parameter. */
    public Object argument(String parameter, boolean isDefaultParameter) {
        if (arguments.containsKey(parameter)) {
            return arguments.get(parameter);
        }
        return isDefaultParameter ? singleValue : null;
    }

    public String text(String parameter, boolean isDefaultParameter) {
        Object value = argument(parameter, isDefaultParameter);
        return value == null ? null : String.valueOf(value);
    }

    public Object singleValue() {
        return singleValue;
    }

    public boolean hasBody() {
        return body != null;
    }

    /** Runs the body in the current scope and returns its value. */
    public Object runBody() {
        return runtime.runClosure(body());
    }

    /** The body, for steps that run it in a scope of their own. */
    public Closure<?> body() {
        if (body == null) {
            throw new PipelineFailure("step " + name + " expects a body");
        }
        return body;
    }

    public PipelineRuntime runtime() {
        return runtime;
    }

    List<Object> positional() {
        return singleValue == null ? List.of() : List.of(singleValue);
    }
}
