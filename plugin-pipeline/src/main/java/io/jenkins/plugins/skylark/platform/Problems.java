package io.jenkins.plugins.skylark.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects {@link ValidationProblem}s with messages in one locale. */
final class Problems {

    private final Locale locale;
    private final List<ValidationProblem> found = new ArrayList<>();

    Problems(Locale locale) {
        this.locale = locale;
    }

    Subject about(String objectKind, String objectId) {
        return new Subject(objectKind, objectId);
    }

    List<ValidationProblem> list() {
        return List.copyOf(found);
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... arguments) {
        return Messages.get(locale, key, arguments);
    }

    /** One object under validation; problems are reported against its fields. */
    final class Subject {

        private final String objectKind;
        private final String objectId;

        private Subject(String objectKind, String objectId) {
            this.objectKind = objectKind;
            this.objectId = objectId;
        }

        void add(String field, String key, Object... arguments) {
            found.add(new ValidationProblem(objectKind, objectId, field, text(key, arguments)));
        }

        /** Reports a problem whose text is already localised (from another package's checks). */
        void addText(String field, String message) {
            found.add(new ValidationProblem(objectKind, objectId, field, message));
        }

        /** Reports an empty value; returns whether the value is present. */
        boolean required(String field, Object value) {
            boolean present = value != null && !(value instanceof String text && text.isBlank());
            if (!present) {
                add(field, "required");
            }
            return present;
        }

        /** Reports a missing or non-DNS-1123-label value; returns whether it is valid. */
        boolean label(String field, String value, String invalidKey) {
            if (!required(field, value)) {
                return false;
            }
            if (!KubernetesNames.isLabel(value)) {
                add(field, invalidKey, value);
                return false;
            }
            return true;
        }

        /** The localised word for "none", for lists that are empty. */
        String none() {
            return text("none");
        }

        /** Reports an unknown reference; returns whether {@code resolved} (assumes the id is present). */
        boolean resolves(String field, boolean resolved, String targetKind, String id) {
            if (!resolved) {
                add(field, "reference.unknown", text("kind." + targetKind), id);
            }
            return resolved;
        }
    }
}
