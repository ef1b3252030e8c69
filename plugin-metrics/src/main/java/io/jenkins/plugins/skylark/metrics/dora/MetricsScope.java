package io.jenkins.plugins.skylark.metrics.dora;

/**
 * Which series a report covers. {@code *} selects all; the environment defaults to
 * {@value #DEFAULT_ENVIRONMENT} because DORA measures delivery to production.
 *
 * @param application an application name or {@code *}
 * @param environment an environment name or {@code *}
 */
public record MetricsScope(String application, String environment) {

    public static final String ALL = "*";
    public static final String DEFAULT_ENVIRONMENT = "production";

    public MetricsScope {
        application = application == null || application.isBlank() ? ALL : application.trim();
        environment = environment == null || environment.isBlank() ? DEFAULT_ENVIRONMENT : environment.trim();
    }

    boolean matches(String app, String env) {
        return (ALL.equals(application) || application.equals(app)) && (ALL.equals(environment) || environment.equals(env));
    }
}
