package io.jenkins.plugins.skylark.harness.pipeline;

import groovy.lang.Closure;
import hudson.model.Run;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Jenkins' flow steps: echo, error, stage, node, script, parallel, dir, withEnv, timeout, retry, sleep, input. */
final class FlowSteps {
    private FlowSteps() {
    }

    static void register(Map<String, PipelineStep> steps, InputDecision inputs, Run<?, ?> build) {
        steps.put("echo", call -> log(call, "" + call.argument("message", true)));
        steps.put("error", call -> {
            throw new PipelineFailure(call.text("message", true));
        });
        steps.put("stage", call -> {
            call.runtime().log("[Pipeline] { (" + call.text("name", true) + ")");
            try {
                return call.runBody();
            } finally {
                call.runtime().log("[Pipeline] }");
            }
        });
        steps.put("node", StepCall::runBody);
        steps.put("script", StepCall::runBody);
        steps.put("timeout", StepCall::runBody);
        steps.put("retry", FlowSteps::retry);
        steps.put("sleep", call -> {
            Thread.sleep(Math.min(1000L, 1000L * ((Number) call.argument("time", true)).longValue()));
            return null;
        });
        steps.put("dir", call -> call.runtime().inScope(
                call.runtime().scope().inDirectory(Path.of(call.text("path", true))), call::runBody));
        steps.put("withEnv", call -> call.runtime().withEnvironment(variables(call.argument("overrides", true)),
                call.body()));
        steps.put("parallel", FlowSteps::parallel);
        steps.put("input", call -> inputs.decide(call, build));
        steps.put("isUnix", call -> true);
    }

    private static Object log(StepCall call, String line) {
        call.runtime().log(line);
        return null;
    }

    private static Object retry(StepCall call) {
        int attempts = ((Number) call.argument("count", true)).intValue();
        PipelineFailure last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                return call.runBody();
            } catch (Exception e) { // Groovy rethrows a step's checked exceptions undeclared
                last = Failures.of(e);
                call.runtime().log("Retrying (" + attempt + "/" + attempts + "): " + last.getMessage());
            }
        }
        throw last;
    }

    private static Map<String, String> variables(Object overrides) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (Object entry : (List<?>) overrides) {
            String[] pair = String.valueOf(entry).split("=", 2);
            variables.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        return variables;
    }

    /** Scripted {@code parallel name: {…}, …}: each branch on its own thread, failures reported by name. */
    private static Object parallel(StepCall call) {
        List<Thread> threads = new ArrayList<>();
        List<String> failed = new CopyOnWriteArrayList<>();
        call.arguments().forEach((name, branch) -> {
            if (branch instanceof Closure<?> body) {
                Thread thread = new Thread(() -> {
                    try {
                        call.runtime().runClosure(body);
                    } catch (Exception e) { // Groovy rethrows a step's checked exceptions undeclared
                        call.runtime().log("Failed in branch " + name + ": " + Failures.of(e).getMessage());
                        failed.add(name);
                    }
                }, "parallel " + name);
                threads.add(thread);
                thread.start();
            }
        });
        Failures.joinAll(threads);
        if (!failed.isEmpty()) {
            throw new PipelineFailure("Parallel branches failed: " + failed);
        }
        return null;
    }
}
