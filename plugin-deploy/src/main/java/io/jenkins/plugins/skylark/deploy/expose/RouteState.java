package io.jenkins.plugins.skylark.deploy.expose;

/** Where a route stands: served ({@link Ready}), not yet ({@link Pending}, with why), or refused by its controller ({@link Refused}). */
public sealed interface RouteState {
    /** Served; {@code address} may be {@code null} when the router does not say it (a Gateway's own address). */
    record Ready(String address) implements RouteState {
    }

    record Pending(String reason) implements RouteState {
    }

    /** The controller said no for the current generation (an HTTPRoute not {@code Accepted}). */
    record Refused(String reason) implements RouteState {
    }
}
