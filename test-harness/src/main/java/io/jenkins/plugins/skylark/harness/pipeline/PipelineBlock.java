package io.jenkins.plugins.skylark.harness.pipeline;

import groovy.lang.Closure;
import groovy.lang.GroovyObjectSupport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The top-level {@code pipeline {}} block and the directives shared with {@code stage}: agent,
 * options, parameters, environment, stages, post. Agent, options and tools are read and ignored;
 * the runner has one workspace and no nodes.
 */
public class PipelineBlock extends GroovyObjectSupport {
    final List<StageBlock> stages = new ArrayList<>();
    final List<Closure<?>> environment = new ArrayList<>();
    final Map<String, Object> parameterDefaults = new LinkedHashMap<>();
    final List<String> options = new ArrayList<>();
    PostBlock post = new PostBlock();

    public String getAny() {
        return "any";
    }

    public String getNone() {
        return "none";
    }

    public void agent(Object agent) {
        if (agent instanceof Closure<?> block) {
            Directives.read(block, new Ignoring(options));
        }
    }

    public void options(Closure<?> block) {
        Directives.read(block, new Ignoring(options));
    }

    public void tools(Closure<?> block) {
        Directives.read(block, new Ignoring(new ArrayList<>()));
    }

    public void triggers(Closure<?> block) {
        Directives.read(block, new Ignoring(new ArrayList<>()));
    }

    public void parameters(Closure<?> block) {
        Directives.read(block, new ParametersBlock(parameterDefaults));
    }

    public void environment(Closure<?> block) {
        environment.add(block);
    }

    public void stages(Closure<?> block) {
        StagesBlock read = new StagesBlock();
        Directives.read(block, read);
        stages.addAll(read.stages);
    }

    public void post(Closure<?> block) {
        Directives.read(block, post);
    }

    /** Accepts any directive content, noting the names called (so options can be queried). */
    public static final class Ignoring extends GroovyObjectSupport {
        private final List<String> seen;

        Ignoring(List<String> seen) {
            this.seen = seen;
        }

        public Object methodMissing(String name, Object args) {
            seen.add(name);
            return null;
        }

        public Object propertyMissing(String name) {
            return name;
        }
    }

    /** {@code parameters {}}: string, text, booleanParam, choice, password. */
    public static final class ParametersBlock extends GroovyObjectSupport {
        private final Map<String, Object> defaults;

        ParametersBlock(Map<String, Object> defaults) {
            this.defaults = defaults;
        }

        public void string(Map<String, Object> spec) {
            defaults.put(String.valueOf(spec.get("name")), GroovyValues.plain(spec.getOrDefault("defaultValue", "")));
        }

        public void text(Map<String, Object> spec) {
            string(spec);
        }

        public void password(Map<String, Object> spec) {
            string(spec);
        }

        public void booleanParam(Map<String, Object> spec) {
            defaults.put(String.valueOf(spec.get("name")), Boolean.TRUE.equals(spec.get("defaultValue")));
        }

        public void choice(Map<String, Object> spec) {
            Object choices = GroovyValues.plain(spec.get("choices"));
            Object first = choices instanceof List<?> list && !list.isEmpty() ? list.get(0)
                    : String.valueOf(choices).split("\n")[0];
            defaults.put(String.valueOf(spec.get("name")), first);
        }
    }

    /** {@code stages {}} and declarative {@code parallel {}}: a list of stages. */
    public static final class StagesBlock extends GroovyObjectSupport {
        final List<StageBlock> stages = new ArrayList<>();

        public void stage(String name, Closure<?> block) {
            StageBlock stage = new StageBlock(name);
            Directives.read(block, stage);
            stages.add(stage);
        }
    }
}
