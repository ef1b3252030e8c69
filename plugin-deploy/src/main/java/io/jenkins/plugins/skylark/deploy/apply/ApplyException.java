package io.jenkins.plugins.skylark.deploy.apply;

/** The API server refused an object; names the object and carries the server's reason. */
public class ApplyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ApplyException(String message, Throwable cause) {
        super(message, cause);
    }
}
