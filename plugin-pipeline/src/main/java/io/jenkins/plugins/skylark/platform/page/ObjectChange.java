package io.jenkins.plugins.skylark.platform.page;

import java.util.Map;

/**
 * One object added, changed or removed.
 *
 * @param kind what it is
 * @param action what happens to it
 * @param projectId the project of the changed or removed environment or application; {@code null} otherwise
 * @param id the id of the changed or removed object (before the change); {@code null} when adding
 * @param values the dialog's fields ({@link ObjectKind#fields()}: strings, booleans, integers); empty when removing
 */
public record ObjectChange(ObjectKind kind, Action action, String projectId, String id, Map<String, Object> values) {

    public ObjectChange {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    /** What happens to the object. */
    public enum Action {
        ADD, EDIT, DELETE
    }
}
