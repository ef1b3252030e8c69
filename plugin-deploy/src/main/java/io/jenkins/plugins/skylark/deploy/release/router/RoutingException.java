package io.jenkins.plugins.skylark.deploy.release.router;

/**
 * A router object cannot carry the release as asked: the stable route or Service is missing, the route does not
 * send traffic to the stable Service, or another writer kept changing it. The message names the object.
 */
public class RoutingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RoutingException(String message) {
        super(message);
    }

    public RoutingException(String message, Throwable cause) {
        super(message, cause);
    }
}
