package io.jenkins.plugins.skylark.context.jenkins;

import hudson.AbortException;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.context.PlatformContextResolver;
import io.jenkins.plugins.skylark.context.ResolvedPlatformContext;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import io.jenkins.plugins.skylark.tenancy.TenancyViolationException;
import io.jenkins.plugins.skylark.tenancy.jenkins.FolderBindings;
import org.jenkinsci.plugins.workflow.steps.BodyExecution;
import org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/** Resolves the platform context once, then runs the block with it; the block's outcome is the step's. */
public final class WithPlatformExecution extends StepExecution {
    private static final long serialVersionUID = 1L;

    private final String project;
    private final String environment;
    private transient BodyExecution body;

    WithPlatformExecution(StepContext context, String project, String environment) {
        super(context);
        this.project = project;
        this.environment = environment;
    }

    @Override
    public boolean start() throws Exception {
        Run<?, ?> run = getContext().get(Run.class);
        ResolvedPlatformContext resolved = resolve(run);
        if (resolved.clusterId() != null) {
            PlatformCredentials.cluster(resolved, run);
        }
        getContext().get(TaskListener.class).getLogger().println(Messages.get("WithPlatform.entering",
                resolved.projectId(), text(resolved.environmentId()), text(resolved.clusterId()),
                text(resolved.namespace())));
        EnvironmentExpander expander = EnvironmentExpander.merge(getContext().get(EnvironmentExpander.class),
                EnvironmentExpander.constant(resolved.toEnvironment()));
        body = getContext().newBodyInvoker()
                .withContexts(resolved, expander)
                .withCallback(BodyExecutionCallback.wrap(getContext()))
                .start();
        return false;
    }

    private ResolvedPlatformContext resolve(Run<?, ?> run) throws AbortException {
        if (project == null || project.isEmpty()) {
            throw new AbortException(Messages.get("WithPlatform.projectRequired"));
        }
        try {
            return PlatformContextResolver.resolveForJob(SkylarkConfiguration.get().getModel(),
                    run.getParent().getFullName(), FolderBindings.of(run.getParent()), project, environment);
        } catch (TenancyViolationException | IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
    }

    @Override
    public void stop(Throwable cause) throws Exception {
        BodyExecution running = body;
        if (running != null) {
            running.cancel(true);
        }
        super.stop(cause);
    }

    private static String text(String value) {
        return value == null ? "-" : value;
    }
}
