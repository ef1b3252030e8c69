package org.jenkinsci.plugins.workflow.job;

import hudson.model.Run;
import java.io.IOException;
import jenkins.model.lazy.LazyBuildMixIn;
import jenkins.scm.RunWithSCM;
import org.jenkinsci.plugins.workflow.flow.FlowExecutionOwner;

/** A build of a {@link WorkflowJob}. The stand-in does not execute flows. */
public final class WorkflowRun extends Run<WorkflowJob, WorkflowRun> implements FlowExecutionOwner.Executable,
        LazyBuildMixIn.LazyLoadingRun<WorkflowJob, WorkflowRun>, RunWithSCM<WorkflowJob, WorkflowRun> {

    public WorkflowRun(WorkflowJob job) throws IOException {
        super(job);
    }

    @Override
    public void run() {
        throw new UnsupportedOperationException("the compile-time stand-in does not execute Pipeline flows");
    }
}
