package org.jvnet.hudson.reactor;

/** Failure of Jenkins' start-up task graph. */
public class ReactorException extends Exception {
    private static final long serialVersionUID = 1L;

    public ReactorException(Throwable cause) {
        super(cause);
    }
}
