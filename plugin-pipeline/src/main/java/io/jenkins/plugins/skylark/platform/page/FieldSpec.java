package io.jenkins.plugins.skylark.platform.page;

import java.util.List;

/**
 * One editable field of an object kind, named as the configuration (and Configuration as Code) names it.
 *
 * @param name the property name, e.g. {@code apiUrl}
 * @param type how it is edited
 * @param options the choices of a {@link FieldType#SELECT}; empty otherwise
 */
public record FieldSpec(String name, FieldType type, List<String> options) {

    public FieldSpec {
        options = options == null ? List.of() : List.copyOf(options);
    }

    static FieldSpec text(String name) {
        return new FieldSpec(name, FieldType.TEXT, null);
    }

    static FieldSpec lines(String name) {
        return new FieldSpec(name, FieldType.TEXTAREA, null);
    }

    static FieldSpec flag(String name) {
        return new FieldSpec(name, FieldType.BOOLEAN, null);
    }

    static FieldSpec number(String name) {
        return new FieldSpec(name, FieldType.NUMBER, null);
    }

    static FieldSpec select(String name, List<String> options) {
        return new FieldSpec(name, FieldType.SELECT, options);
    }
}
