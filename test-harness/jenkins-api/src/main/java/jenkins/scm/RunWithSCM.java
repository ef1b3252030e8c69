package jenkins.scm;

import hudson.model.Job;
import hudson.model.Run;

/** A run that has SCM change sets (members not needed by Skylark). */
public interface RunWithSCM<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT> & RunWithSCM<JobT, RunT>> {
}
