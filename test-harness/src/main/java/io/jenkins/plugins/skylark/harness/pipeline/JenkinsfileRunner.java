package io.jenkins.plugins.skylark.harness.pipeline;

import groovy.lang.Script;
import hudson.model.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs a Jenkinsfile in a test the way a controller would run it on one agent: the built-in steps
 * the templates use (sh for real, checkout from a local repository, input answered by the test …),
 * the steps the test registers (Skylark's, dispatched to their real implementations), and the shared
 * library's global variables. Anything else is an unknown step and fails the build.
 */
public final class JenkinsfileRunner {
    private final Path workspace;
    private final Path artifacts;
    private final Map<String, PipelineStep> steps = new LinkedHashMap<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private SharedLibrary library = SharedLibrary.none();
    private InputDecision inputs = InputDecision.approveAs("tester");
    private ScmSteps.Repository scm;
    private Run<?, ?> build;
    private boolean echo;

    private JenkinsfileRunner(Path workspace, Path artifacts) {
        this.workspace = workspace;
        this.artifacts = artifacts;
        environment.put("WORKSPACE", workspace.toString());
        environment.put("BUILD_NUMBER", "1");
        environment.put("JOB_NAME", "test");
        environment.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        environment.put("HOME", System.getProperty("user.home"));
    }

    /** A runner working in {@code workspace}, archiving into {@code artifacts}. */
    public static JenkinsfileRunner in(Path workspace, Path artifacts) {
        return new JenkinsfileRunner(workspace, artifacts);
    }

    public JenkinsfileRunner step(String name, PipelineStep step) {
        steps.put(name, step);
        return this;
    }

    public JenkinsfileRunner library(SharedLibrary sharedLibrary) {
        this.library = sharedLibrary;
        return this;
    }

    public JenkinsfileRunner environment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    public JenkinsfileRunner parameter(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    public JenkinsfileRunner inputs(InputDecision decision) {
        this.inputs = decision;
        return this;
    }

    /** The Jenkins build this Jenkinsfile runs as: {@code input} records its approvers there. */
    public JenkinsfileRunner build(Run<?, ?> run) {
        this.build = run;
        return this;
    }

    /** The job's SCM: {@code checkout scm} fetches {@code branch} of the repository at {@code repository}. */
    public JenkinsfileRunner scm(Path repository, String branch) {
        this.scm = new ScmSteps.Repository(repository, branch);
        return this;
    }

    /** Also prints the console to standard output (handy when a test fails). */
    public JenkinsfileRunner echo(boolean value) {
        this.echo = value;
        return this;
    }

    public PipelineRun run(Path jenkinsfile) throws IOException {
        return run(Files.readString(jenkinsfile));
    }

    /** Runs the Jenkinsfile to its end and returns how it ended; never throws for a failed build. */
    public PipelineRun run(String jenkinsfile) throws IOException {
        Files.createDirectories(workspace);
        Files.createDirectories(artifacts);
        ConsoleLog console = new ConsoleLog(echo);
        Map<String, PipelineStep> all = new LinkedHashMap<>();
        FlowSteps.register(all, inputs, build);
        FileSteps.register(all, artifacts);
        ScmSteps.register(all);
        all.put("sh", new ShellStep());
        all.putAll(steps);
        PipelineRuntime[] holder = new PipelineRuntime[1];
        all.put("pipeline", call -> {
            new DeclarativeExecutor(holder[0]).run(call.body());
            return null;
        });
        PipelineRuntime runtime = new PipelineRuntime(workspace, all, library, console, environment, scm);
        holder[0] = runtime;
        parameters.forEach(runtime::setParameter);
        try {
            Script script = library.shell(runtime, getClass().getClassLoader()).parse(jenkinsfile, "Jenkinsfile");
            runtime.attach(script);
            script.run();
        } catch (Exception e) { // Groovy rethrows a step's checked exceptions undeclared
            PipelineFailure failure = Failures.of(e);
            console.println("ERROR: " + failure.getMessage());
            runtime.worsen(failure.result());
        }
        if (build != null && build.getResult() != null) { // a step may set it, as Jenkins' unstable step does
            runtime.worsen(BuildResult.valueOf(build.getResult().toString()));
        }
        console.println("Finished: " + runtime.result());
        return new PipelineRun(runtime.result(), console.text(), runtime.environment(), artifacts);
    }
}
