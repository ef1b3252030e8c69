package io.jenkins.plugins.skylark.harness.pipeline;

import groovy.lang.Closure;
import groovy.lang.GroovyObjectSupport;
import groovy.lang.MissingPropertyException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@code pipeline {}} block: reads its directives, then its stages in order. A failed stage
 * fails the build and skips the stages after it, as declarative Pipeline does; post blocks run by
 * result.
 */
final class DeclarativeExecutor {
    private final PipelineRuntime runtime;

    DeclarativeExecutor(PipelineRuntime runtime) {
        this.runtime = runtime;
    }

    void run(Closure<?> block) {
        PipelineBlock pipeline = new PipelineBlock();
        Directives.read(block, pipeline);
        pipeline.parameterDefaults.forEach((name, value) -> {
            if (!runtime.parameters().containsKey(name)) {
                runtime.setParameter(name, value);
            }
        });
        runtime.inScope(runtime.scope().withEnvironment(environment(pipeline.environment)), () -> {
            try {
                runStages(pipeline.stages);
            } catch (StageFailed ignored) {
                // The failing stage has logged its error and set the result.
            }
            pipeline.post.run(runtime.result());
            return null;
        });
    }

    private void runStages(List<StageBlock> stages) {
        StageFailed failure = null;
        for (StageBlock stage : stages) {
            if (failure != null) {
                runtime.log("Stage \"" + stage.name + "\" skipped due to earlier failure(s)");
                continue;
            }
            try {
                runStage(stage);
            } catch (StageFailed failed) {
                failure = failed;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void runStage(StageBlock stage) {
        runtime.log("[Pipeline] { (" + stage.name + ")");
        try {
            if (shouldSkip(stage)) {
                runtime.log("Stage \"" + stage.name + "\" skipped due to when conditional");
                return;
            }
            Map<String, String> variables = environment(stage.environment);
            runtime.inScope(runtime.scope().withEnvironment(variables), () -> {
                BuildResult result = body(stage);
                stage.post.run(result);
                if (result.compareTo(BuildResult.UNSTABLE) > 0) {
                    throw new StageFailed();
                }
                return null;
            });
        } finally {
            runtime.log("[Pipeline] }");
        }
    }

    private boolean shouldSkip(StageBlock stage) {
        if (stage.when.beforeInput && !stage.when.allHold(runtime)) {
            return true;
        }
        if (!stage.input.isEmpty()) {
            call("input", stage.input);
        }
        return !stage.when.beforeInput && !stage.when.allHold(runtime);
    }

    private BuildResult body(StageBlock stage) {
        try {
            if (!stage.parallel.isEmpty()) {
                runParallel(stage.parallel);
            } else if (!stage.stages.isEmpty()) {
                runStages(stage.stages);
            } else if (stage.steps != null) {
                Directives.run(stage.steps);
            }
            return BuildResult.SUCCESS;
        } catch (StageFailed failed) {
            return BuildResult.FAILURE;
        } catch (Exception e) { // Groovy rethrows a step's checked exceptions undeclared
            PipelineFailure failure = Failures.of(e);
            runtime.log("ERROR: " + failure.getMessage());
            runtime.worsen(failure.result());
            return failure.result();
        }
    }

    private void runParallel(List<StageBlock> branches) {
        List<Thread> threads = new ArrayList<>();
        List<StageFailed> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (StageBlock branch : branches) {
            Thread thread = new Thread(() -> {
                try {
                    runStage(branch);
                } catch (StageFailed failed) {
                    failures.add(failed);
                }
            }, "parallel " + branch.name);
            threads.add(thread);
            thread.start();
        }
        Failures.joinAll(threads);
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    private Map<String, String> environment(List<Closure<?>> blocks) {
        EnvironmentBlock read = new EnvironmentBlock();
        for (Closure<?> block : blocks) {
            Directives.read(block, read);
        }
        return read.values;
    }

    private void call(String step, Map<String, Object> arguments) {
        try {
            runtime.call(step, new Object[] {arguments});
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw Failures.of(e);
        }
    }

    /** Marks a stage that failed; the error was logged where it happened. */
    private static final class StageFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StageFailed() {
            super(null, null, false, false);
        }
    }

    /** {@code environment {}}: assignments, later ones able to read earlier ones. */
    public static final class EnvironmentBlock extends GroovyObjectSupport {
        final Map<String, String> values = new LinkedHashMap<>();

        public void propertyMissing(String name, Object value) {
            values.put(name, value == null ? null : String.valueOf(value));
        }

        public Object propertyMissing(String name) {
            if (values.containsKey(name)) {
                return values.get(name);
            }
            throw new MissingPropertyException(name, EnvironmentBlock.class);
        }
    }
}
