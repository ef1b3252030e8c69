package io.jenkins.plugins.skylark.harness.pipeline;

import groovy.lang.Closure;
import groovy.lang.GroovyObjectSupport;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** {@code post {}}: conditions run in Jenkins' order after the stage or pipeline, by its result. */
public final class PostBlock extends GroovyObjectSupport {
    private static final Map<String, Set<BuildResult>> CONDITIONS = new LinkedHashMap<>();

    static {
        CONDITIONS.put("always", EnumSet.allOf(BuildResult.class));
        CONDITIONS.put("aborted", EnumSet.of(BuildResult.ABORTED));
        CONDITIONS.put("failure", EnumSet.of(BuildResult.FAILURE));
        CONDITIONS.put("success", EnumSet.of(BuildResult.SUCCESS));
        CONDITIONS.put("unstable", EnumSet.of(BuildResult.UNSTABLE));
        CONDITIONS.put("unsuccessful", EnumSet.complementOf(EnumSet.of(BuildResult.SUCCESS)));
        CONDITIONS.put("cleanup", EnumSet.allOf(BuildResult.class));
    }

    private final Map<String, Closure<?>> blocks = new LinkedHashMap<>();

    public Object methodMissing(String name, Object args) {
        Object[] values = (Object[]) args;
        if (!CONDITIONS.containsKey(name) || values.length != 1 || !(values[0] instanceof Closure<?>)) {
            throw new PipelineFailure("post condition '" + name + "' is not supported; use one of "
                    + CONDITIONS.keySet());
        }
        blocks.put(name, (Closure<?>) values[0]);
        return null;
    }

    /** Runs the blocks whose condition matches {@code result}, in Jenkins' order. */
    void run(BuildResult result) {
        CONDITIONS.forEach((name, results) -> {
            Closure<?> block = blocks.get(name);
            if (block != null && results.contains(result)) {
                Directives.run(block);
            }
        });
    }
}
