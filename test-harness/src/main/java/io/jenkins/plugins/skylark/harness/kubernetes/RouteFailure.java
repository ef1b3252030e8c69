package io.jenkins.plugins.skylark.harness.kubernetes;

/** The ways the fake's Gateway API implementation can fail an HTTPRoute (see {@link FailureInjection#onRoute}). */
public enum RouteFailure {
    /** The route never gets a status entry: a gateway controller that is down or does not watch its namespace. */
    NO_STATUS,
    /**
     * The gateway refuses the route: {@code Accepted} False with reason {@code NotAllowedByListeners} for every
     * parentRef the implementation handles, as when a listener's {@code allowedRoutes} excludes it.
     */
    NOT_ACCEPTED
}
