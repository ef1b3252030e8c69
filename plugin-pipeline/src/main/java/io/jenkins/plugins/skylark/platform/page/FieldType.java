package io.jenkins.plugins.skylark.platform.page;

/** How a dialog edits a field, and the JSON type its value has. */
public enum FieldType {
    /** One line of text (JSON string). */
    TEXT,
    /** Several lines (JSON string). */
    TEXTAREA,
    /** A check box (JSON boolean). */
    BOOLEAN,
    /** A whole number (JSON number). */
    NUMBER,
    /** One of {@link FieldSpec#options()} or empty (JSON string). */
    SELECT
}
