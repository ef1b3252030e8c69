package io.jenkins.plugins.skylark.template;

/** What kind of value a template parameter holds, and so which Groovy literal it renders as. */
public enum ParameterType {
    /** One line of text; rendered as a single-quoted string. */
    STRING(Widget.TEXT),
    /** Text that may span lines; rendered as a single-quoted string with escaped line breaks. */
    TEXT(Widget.TEXTAREA),
    /** {@code true} or {@code false}. */
    BOOLEAN(Widget.CHECKBOX),
    /** A whole number. */
    INTEGER(Widget.NUMBER),
    /** One of the descriptor's {@code choices}; rendered as a string. */
    CHOICE(Widget.SELECT),
    /** A list of one-line strings; rendered as a Groovy list literal. */
    LIST(Widget.LIST);

    private final Widget defaultWidget;

    ParameterType(Widget defaultWidget) {
        this.defaultWidget = defaultWidget;
    }

    /** The widget a form uses when the descriptor names none. */
    public Widget defaultWidget() {
        return defaultWidget;
    }

    /** Whether a validation pattern applies: to the text (for lists: each item; for integers: the decimal digits). */
    public boolean isTextual() {
        return this == STRING || this == TEXT || this == CHOICE || this == LIST || this == INTEGER;
    }
}
