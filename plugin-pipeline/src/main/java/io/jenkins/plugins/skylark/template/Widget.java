package io.jenkins.plugins.skylark.template;

/** How a form draws a parameter. Purely presentational: validation follows the parameter's type. */
public enum Widget {
    TEXT,
    TEXTAREA,
    CHECKBOX,
    NUMBER,
    SELECT,
    /** One entry per line. */
    LIST,
    /** A drop-down of credential ids; the value is the id, never the secret. */
    CREDENTIALS
}
