package io.jenkins.plugins.skylark.harness.pipeline;

import groovy.lang.Closure;
import groovy.lang.GroovyObjectSupport;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.codehaus.groovy.runtime.typehandling.DefaultTypeTransformation;

/** A stage's {@code when {}}: all conditions must hold (branch, environment, expression, equals, not, allOf, anyOf). */
public final class WhenBlock extends GroovyObjectSupport {
    private final List<Predicate<PipelineRuntime>> conditions = new ArrayList<>();
    boolean beforeInput;

    public void branch(String pattern) {
        conditions.add(runtime -> {
            String branch = runtime.environment().get("BRANCH_NAME");
            return branch != null && FileSystems.getDefault().getPathMatcher("glob:" + pattern).matches(Path.of(branch));
        });
    }

    public void environment(Map<String, Object> spec) {
        String name = String.valueOf(spec.get("name"));
        String value = String.valueOf(GroovyValues.plain(spec.get("value")));
        conditions.add(runtime -> value.equals(runtime.environment().get(name)));
    }

    public void expression(Closure<?> block) {
        conditions.add(runtime -> DefaultTypeTransformation.castToBoolean(Directives.run(block)));
    }

    public void equals(Map<String, Object> spec) {
        Object expected = GroovyValues.plain(spec.get("expected"));
        Object actual = GroovyValues.plain(spec.get("actual"));
        conditions.add(runtime -> Objects.equals(String.valueOf(expected), String.valueOf(actual)));
    }

    public void not(Closure<?> block) {
        WhenBlock inner = nested(block);
        conditions.add(runtime -> !inner.allHold(runtime));
    }

    public void allOf(Closure<?> block) {
        WhenBlock inner = nested(block);
        conditions.add(inner::allHold);
    }

    public void anyOf(Closure<?> block) {
        WhenBlock inner = nested(block);
        conditions.add(inner::anyHolds);
    }

    public void beforeInput(boolean value) {
        this.beforeInput = value;
    }

    public void beforeAgent(boolean value) {
        // One workspace, no agents: nothing to do before or after allocating one.
    }

    private static WhenBlock nested(Closure<?> block) {
        WhenBlock inner = new WhenBlock();
        Directives.read(block, inner);
        return inner;
    }

    boolean allHold(PipelineRuntime runtime) {
        return conditions.stream().allMatch(condition -> condition.test(runtime));
    }

    private boolean anyHolds(PipelineRuntime runtime) {
        return conditions.stream().anyMatch(condition -> condition.test(runtime));
    }
}
