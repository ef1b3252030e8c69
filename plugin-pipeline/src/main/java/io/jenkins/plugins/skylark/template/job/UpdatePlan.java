package io.jenkins.plugins.skylark.template.job;

import io.jenkins.plugins.skylark.template.FieldError;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What updating a job to its template's newest version would do, or why it cannot.
 *
 * @param state         what the job may do
 * @param fromVersion   the version that made the job
 * @param toVersion     the catalogue's version of the template ({@code fromVersion} when up to date or missing)
 * @param addedFields   fields the newer version shows that the job has no value for, with the default they take
 * @param removedFields stored values the newer version has no field for (dropped by the update)
 * @param rejected      stored values the newer version rejects (the update cannot be made)
 * @param diff          unified diff from the job's Jenkinsfile to the re-rendered one (empty when equal or
 *                      when nothing could be rendered)
 * @param script        the re-rendered Jenkinsfile ({@code null} when nothing could be rendered)
 * @param origin        the origin the job gets with {@code script} ({@code null} likewise)
 */
public record UpdatePlan(State state, String fromVersion, String toVersion, Map<String, Object> addedFields,
        List<String> removedFields, List<FieldError> rejected, String diff, String script, TemplateOrigin origin) {

    /** The job's situation towards its template. */
    public enum State {
        /** The job has the newest version and its Jenkinsfile is as rendered. */
        UP_TO_DATE,
        /** A newer version renders with the stored values; the Jenkinsfile is as rendered: may update. */
        UPDATE_AVAILABLE,
        /** The Jenkinsfile differs from what the template rendered: never overwritten, only detach. */
        HAND_EDITED,
        /** A newer version exists but rejects the stored values (see {@code rejected}). */
        VALUES_REJECTED,
        /** No catalogue offers the template any more. */
        TEMPLATE_MISSING
    }

    public UpdatePlan {
        Objects.requireNonNull(state, "state");
        addedFields = Collections.unmodifiableMap(new LinkedHashMap<>(addedFields));
        removedFields = List.copyOf(removedFields);
        rejected = List.copyOf(rejected);
        diff = diff == null ? "" : diff;
    }

    public boolean mayUpdate() {
        return state == State.UPDATE_AVAILABLE;
    }
}
