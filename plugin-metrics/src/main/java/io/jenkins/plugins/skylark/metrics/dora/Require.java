package io.jenkins.plugins.skylark.metrics.dora;

import java.util.Objects;

/** Input validation shared by the records: every error names the record and the field. */
final class Require {

    private Require() {
    }

    static String text(String value, String record, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(record + "." + field + " must not be empty");
        }
        return value;
    }

    static <T> T present(T value, String record, String field) {
        return Objects.requireNonNull(value, () -> record + "." + field + " must not be null");
    }
}
