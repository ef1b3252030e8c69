package io.jenkins.plugins.skylark.deploy.release.jenkins;

import io.jenkins.plugins.skylark.deploy.release.analysis.PrometheusAuth;
import java.io.Serializable;

/**
 * A Prometheus credential's secret on its way to the agent, read from the credential on the controller right
 * before the call: never in a step's saved state, a file, the environment or a command line, and
 * {@link #toString()} shows only its kind.
 */
record PrometheusLogin(String token, String user, String password) implements Serializable {

    static PrometheusLogin none() {
        return new PrometheusLogin(null, null, null);
    }

    PrometheusAuth auth() {
        if (token != null) {
            return PrometheusAuth.bearer(token);
        }
        return user != null ? PrometheusAuth.basic(user, password) : PrometheusAuth.none();
    }

    @Override
    public String toString() {
        return "PrometheusLogin[" + (token != null ? "token" : user != null ? "user and password" : "none") + "]";
    }
}
