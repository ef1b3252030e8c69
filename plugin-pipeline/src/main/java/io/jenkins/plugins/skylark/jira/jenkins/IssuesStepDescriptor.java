package io.jenkins.plugins.skylark.jira.jenkins;

import hudson.EnvVars;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;

/** The descriptor of the steps acting on issues: name, display name and context from their {@link IssueOperation}. */
public abstract class IssuesStepDescriptor extends StepDescriptor {
    private final IssueOperation operation;

    IssuesStepDescriptor(IssueOperation operation) {
        this.operation = operation;
    }

    @Override
    public String getFunctionName() {
        return operation.functionName();
    }

    @Override
    public String getDisplayName() {
        return Messages.page("IssueStep.displayName." + operation.functionName());
    }

    @Override
    public Set<? extends Class<?>> getRequiredContext() {
        return Set.of(Run.class, TaskListener.class, EnvVars.class);
    }
}
