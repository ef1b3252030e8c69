package org.jenkinsci.plugins.workflow.job;

import hudson.model.ItemGroup;
import hudson.model.Job;
import hudson.model.Queue;
import hudson.model.TopLevelItem;
import jenkins.model.ParameterizedJobMixIn;
import jenkins.model.lazy.LazyBuildMixIn;
import jenkins.triggers.SCMTriggerItem;
import org.jenkinsci.plugins.workflow.flow.BlockableResume;

/** A Pipeline job. The stand-in holds no flow definition; builds are created by the caller. */
public final class WorkflowJob extends Job<WorkflowJob, WorkflowRun>
        implements LazyBuildMixIn.LazyLoadingJob<WorkflowJob, WorkflowRun>,
        ParameterizedJobMixIn.ParameterizedJob<WorkflowJob, WorkflowRun>, TopLevelItem, Queue.FlyweightTask,
        SCMTriggerItem, BlockableResume {

    public WorkflowJob(ItemGroup parent, String name) {
        super(parent, name);
    }

    @Override
    public boolean isBuildable() {
        return true;
    }
}
