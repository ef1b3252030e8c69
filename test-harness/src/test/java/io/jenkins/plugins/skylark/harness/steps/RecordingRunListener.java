package io.jenkins.plugins.skylark.harness.steps;

import hudson.Extension;
import hudson.model.TaskListener;
import hudson.model.listeners.RunListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;

/** Records what Jenkins tells run listeners about Pipeline builds. */
@Extension
public class RecordingRunListener extends RunListener<WorkflowRun> {
    final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public void onStarted(WorkflowRun run, TaskListener listener) {
        events.add("started " + run);
    }

    @Override
    public void onCompleted(WorkflowRun run, TaskListener listener) {
        events.add("completed " + run + " " + run.getResult());
    }

    @Override
    public void onFinalized(WorkflowRun run) {
        events.add("finalized " + run);
    }
}
