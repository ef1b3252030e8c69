package jenkins.model.lazy;

import hudson.model.Job;
import hudson.model.Queue;
import hudson.model.Run;

/** Helper of jobs that load builds lazily; only its nested interfaces are used (as supertypes). */
public abstract class LazyBuildMixIn<JobT extends Job<JobT, RunT> & Queue.Task & LazyBuildMixIn.LazyLoadingJob<JobT, RunT>,
        RunT extends Run<JobT, RunT> & LazyBuildMixIn.LazyLoadingRun<JobT, RunT>> {
    protected LazyBuildMixIn() {
    }

    /** A job that loads its builds lazily. */
    public interface LazyLoadingJob<JobT extends Job<JobT, RunT> & Queue.Task & LazyLoadingJob<JobT, RunT>,
            RunT extends Run<JobT, RunT> & LazyLoadingRun<JobT, RunT>> {
    }

    /** A build of such a job. */
    public interface LazyLoadingRun<JobT extends Job<JobT, RunT> & Queue.Task & LazyLoadingJob<JobT, RunT>,
            RunT extends Run<JobT, RunT> & LazyLoadingRun<JobT, RunT>> {
    }
}
