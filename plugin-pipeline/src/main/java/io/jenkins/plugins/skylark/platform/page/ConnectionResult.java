package io.jenkins.plugins.skylark.platform.page;

import java.util.List;

/**
 * What a connection test found.
 *
 * @param ok reached, and the credential was accepted
 * @param message one sentence for the user, already localised
 * @param details further findings (server version, each namespace), already localised
 */
public record ConnectionResult(boolean ok, String message, List<String> details) {

    public ConnectionResult {
        details = details == null ? List.of() : List.copyOf(details);
    }

    static ConnectionResult failed(String message) {
        return new ConnectionResult(false, message, List.of());
    }
}
