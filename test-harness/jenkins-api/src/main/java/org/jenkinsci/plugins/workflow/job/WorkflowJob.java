package org.jenkinsci.plugins.workflow.job;

import hudson.model.ItemGroup;
import hudson.model.Job;
import hudson.model.Queue;
import hudson.model.TopLevelItem;
import jenkins.model.ParameterizedJobMixIn;
import jenkins.model.lazy.LazyBuildMixIn;
import jenkins.triggers.SCMTriggerItem;
import org.jenkinsci.plugins.workflow.flow.BlockableResume;
import org.jenkinsci.plugins.workflow.flow.FlowDefinition;

/** A Pipeline job: its flow definition is saved with it; builds are created by the caller. */
public final class WorkflowJob extends Job<WorkflowJob, WorkflowRun>
        implements LazyBuildMixIn.LazyLoadingJob<WorkflowJob, WorkflowRun>,
        ParameterizedJobMixIn.ParameterizedJob<WorkflowJob, WorkflowRun>, TopLevelItem, Queue.FlyweightTask,
        SCMTriggerItem, BlockableResume {

    private FlowDefinition definition;

    public WorkflowJob(ItemGroup parent, String name) {
        super(parent, name);
    }

    public FlowDefinition getDefinition() {
        return definition;
    }

    /** As in Jenkins, does not save the job. */
    public void setDefinition(FlowDefinition definition) {
        this.definition = definition;
    }

    @Override
    public boolean isBuildable() {
        return true;
    }
}
