package io.jenkins.plugins.skylark.build.jenkins;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.JDK;
import hudson.model.Node;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.build.BuildOutcome;
import io.jenkins.plugins.skylark.build.BuildRequest;
import io.jenkins.plugins.skylark.build.BuildResults;
import io.jenkins.plugins.skylark.build.BuildRunner;
import io.jenkins.plugins.skylark.context.ResolvedPlatformContext;
import io.jenkins.plugins.skylark.platform.BuildSettings;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import java.util.Map;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/**
 * Resolves the model's build settings, the JDK installation and the agent's cache directory on the
 * controller, runs the build (workspace read on the agent, processes through the step's launcher), records the outcome on the build page, then returns it as a
 * map or fails naming the first failed tests.
 */
public final class PlatformBuildExecution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
    private static final long serialVersionUID = 1L;

    /** Overrides the cache directory (default {@code <agent root>/skylark-cache}), e.g. a persistent volume. */
    public static final String CACHE_VARIABLE = "SKYLARK_BUILD_CACHE";
    static final String CACHE_DIRECTORY = "skylark-cache";

    private final transient PlatformBuildStep step;

    PlatformBuildExecution(StepContext context, PlatformBuildStep step) {
        super(context);
        this.step = step;
    }

    @Override
    protected Map<String, Object> run() throws Exception {
        Run<?, ?> run = getContext().get(Run.class);
        TaskListener listener = getContext().get(TaskListener.class);
        FilePath workspace = getContext().get(FilePath.class);
        EnvVars env = getContext().get(EnvVars.class);
        BuildSettings settings = settings();
        if (settings.nodejs() != null) {
            listener.getLogger().println(Messages.get("PlatformBuild.nodejsNotApplied", settings.nodejs()));
        }
        String jdk = step.getJdk() != null ? step.getJdk() : settings.jdk();
        BuildRequest request = new BuildRequest(step.getTool(), settings.tool(),
                step.getArgs() != null ? step.getArgs() : settings.args(),
                step.getArtifacts() != null ? step.getArtifacts() : settings.artifacts(),
                step.getTestReports(), env, cache(env), javaHome(jdk, env, listener));
        BuildOutcome outcome = BuildRunner.run(request,
                new LauncherBuildHost(workspace, getContext().get(Launcher.class), listener),
                listener.getLogger()::println);
        PlatformBuildAction.of(run).add(outcome);
        if (!outcome.succeeded()) {
            throw new AbortException(outcome.failureMessage());
        }
        listener.getLogger().println(Messages.get("PlatformBuild.done", outcome.tool().userName(),
                outcome.tests().total(), outcome.tests().skipped(), outcome.artifacts().size()));
        return BuildResults.toMap(outcome);
    }

    /** The application's settings when the step names one inside {@code withPlatform}; none otherwise. */
    private BuildSettings settings() throws Exception {
        ResolvedPlatformContext platform = getContext().get(ResolvedPlatformContext.class);
        String application = step.getApplication();
        if (application == null) {
            return BuildSettings.NONE;
        }
        if (platform == null) {
            throw new AbortException(Messages.get("PlatformBuild.applicationOutsideWithPlatform", application));
        }
        return SkylarkConfiguration.get().getModel().application(platform.projectId(), application)
                .orElseThrow(() -> new AbortException(
                        Messages.get("PlatformBuild.unknownApplication", application, platform.projectId())))
                .build();
    }

    private String cache(EnvVars env) throws Exception {
        String configured = env.get(CACHE_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        Node node = getContext().get(Node.class);
        FilePath root = node == null ? null : node.getRootPath();
        if (root == null) {
            throw new AbortException(Messages.get("PlatformBuild.noAgentRoot", CACHE_VARIABLE));
        }
        return root.child(CACHE_DIRECTORY).getRemote();
    }

    /** The JDK installation's home on this agent (installing it there if Jenkins is told how), or null. */
    private String javaHome(String name, EnvVars env, TaskListener listener) throws Exception {
        if (name == null) {
            return null;
        }
        JDK jdk = Jenkins.get().getJDK(name);
        if (jdk == null) {
            throw new AbortException(Messages.get("PlatformBuild.unknownJdk", name));
        }
        Node node = getContext().get(Node.class);
        if (node != null) {
            jdk = jdk.forNode(node, listener);
        }
        return jdk.forEnvironment(env).getHome();
    }
}
