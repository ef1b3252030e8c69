package io.jenkins.plugins.skylark.metrics.dora;

import java.time.Instant;

/**
 * One open→resolved interval of a production incident. A reopened incident is given as several
 * records with the same {@code id}; the engine joins them (first opening to last resolution) and
 * treats the incident as open while any interval is. A record resolved before it was opened is
 * reported as a data error and left out of every figure.
 *
 * @param id          incident id in the source system
 * @param application affected application
 * @param environment affected environment
 * @param openedAt    when the interval began
 * @param resolvedAt  when it was resolved, or {@code null} while open
 */
public record Incident(String id, String application, String environment, Instant openedAt, Instant resolvedAt) {

    public Incident {
        Require.text(id, "Incident", "id");
        Require.text(application, "Incident", "application");
        Require.text(environment, "Incident", "environment");
        Require.present(openedAt, "Incident", "openedAt");
    }
}
