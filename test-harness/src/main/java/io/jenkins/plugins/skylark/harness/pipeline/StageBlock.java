package io.jenkins.plugins.skylark.harness.pipeline;

import groovy.lang.Closure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One {@code stage}: when, input, environment, and steps, parallel stages or nested stages; post. */
public final class StageBlock extends PipelineBlock {
    final String name;
    final WhenBlock when = new WhenBlock();
    final List<StageBlock> parallel = new ArrayList<>();
    final Map<String, Object> input = new LinkedHashMap<>();
    Closure<?> steps;
    boolean failFast;

    StageBlock(String name) {
        this.name = name;
    }

    public void steps(Closure<?> block) {
        this.steps = block;
    }

    public void when(Closure<?> block) {
        Directives.read(block, when);
    }

    public void parallel(Closure<?> block) {
        StagesBlock read = new StagesBlock();
        Directives.read(block, read);
        parallel.addAll(read.stages);
    }

    public void failFast(boolean value) {
        this.failFast = value;
    }

    public void input(Closure<?> block) {
        Directives.read(block, new InputBlock(input));
    }

    /** The stage-level {@code input {}} directive: message, ok, submitter, id. */
    public static final class InputBlock extends groovy.lang.GroovyObjectSupport {
        private final Map<String, Object> fields;

        InputBlock(Map<String, Object> fields) {
            this.fields = fields;
        }

        public Object methodMissing(String name, Object args) {
            Object[] values = (Object[]) args;
            fields.put(name, values.length == 1 ? GroovyValues.plain(values[0]) : null);
            return null;
        }
    }
}
