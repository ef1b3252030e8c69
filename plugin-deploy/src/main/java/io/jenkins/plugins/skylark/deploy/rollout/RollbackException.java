package io.jenkins.plugins.skylark.deploy.rollout;

/** A rollback that cannot be done (no such revision, no earlier revision, workload gone). */
public class RollbackException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RollbackException(String message) {
        super(message);
    }
}
