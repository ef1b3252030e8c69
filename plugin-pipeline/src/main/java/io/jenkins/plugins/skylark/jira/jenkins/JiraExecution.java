package io.jenkins.plugins.skylark.jira.jenkins;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.context.ResolvedPlatformContext;
import io.jenkins.plugins.skylark.context.jenkins.PlatformContexts;
import io.jenkins.plugins.skylark.jira.JiraException;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/**
 * What the JIRA steps share. They call JIRA from the controller, on the step's own thread (so a slow
 * JIRA never holds the build's CPS thread): the credential stays on the controller, and the automatic
 * updates on deploy and the incident import, which run there anyway, need the controller to reach JIRA
 * in any case. Only reading the repository (the commits shipped) runs on the agent. A step cut off by a
 * controller restart fails (the inherited behaviour): a JIRA call is short and may not be repeated blindly.
 */
abstract class JiraExecution<T> extends SynchronousNonBlockingStepExecution<T> {
    private static final long serialVersionUID = 1L;

    private final String stepName;

    JiraExecution(StepContext context, String stepName) {
        super(context);
        this.stepName = stepName;
    }

    /** The project's JIRA, from the enclosing {@code withPlatform}'s project. */
    JiraConnection connect() throws IOException, InterruptedException {
        ResolvedPlatformContext platform = PlatformContexts.require(getContext(), stepName);
        return JiraConnection.open(model(), platform.projectId(), getContext().get(Run.class));
    }

    PlatformModel model() {
        return SkylarkConfiguration.get().getModel();
    }

    PrintStream log() throws IOException, InterruptedException {
        return getContext().get(TaskListener.class).getLogger();
    }

    /** The keys the build or deployment ships; the repository is read only when a workspace is in context. */
    List<String> shipped(JiraConnection jira, ShippedScope scope) throws IOException, InterruptedException {
        StepContext context = getContext();
        FilePath workspace = context.get(FilePath.class);
        EnvVars environment = context.get(EnvVars.class);
        try {
            return ShippedKeys.find(jira, model(), scope, environment, workspace, null, log());
        } catch (IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
    }

    /** A JIRA failure as the step's failure: its message names the site, the issue and JIRA's reason. */
    static AbortException failed(JiraException e) {
        return new AbortException(e.getMessage());
    }
}
