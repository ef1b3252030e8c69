package io.jenkins.plugins.skylark.harness.steps;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.TaskListener;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;

/**
 * What every step of one build sees: the run, its console, its workspace and its base environment;
 * and what the build's Pipeline program holds while steps run.
 */
record BuildObjects(WorkflowRun run, TaskListener listener, FilePath workspace, EnvVars environment,
        RunningProgram program) {
}
