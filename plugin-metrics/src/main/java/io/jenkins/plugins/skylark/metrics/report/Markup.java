package io.jenkins.plugins.skylark.metrics.report;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;

/**
 * Builds HTML and inline SVG text. Every text and attribute value passes through Guava's HTML
 * escaper ({@code < > & " '}); element and attribute names are constants of this package. Never
 * writes {@code style} attributes or {@code <style>}/{@code <script>} elements: the report must render
 * under Jenkins' artefact Content-Security-Policy.
 */
final class Markup {

    private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();

    private final StringBuilder out = new StringBuilder();

    static String escape(String text) {
        return ESCAPER.escape(text);
    }

    /** Opens an element; {@code attributes} are name, value pairs, a {@code null} value is skipped. */
    Markup open(String name, String... attributes) {
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
        out.append('>');
        return this;
    }

    Markup close(String name) {
        out.append("</").append(name).append(">\n");
        return this;
    }

    /** An element with only text inside. */
    Markup element(String name, String text, String... attributes) {
        return open(name, attributes).text(text).close(name);
    }

    /** An empty SVG element. */
    Markup empty(String name, String... attributes) {
        open(name, attributes);
        out.setLength(out.length() - 1);
        out.append("/>\n");
        return this;
    }

    Markup text(String text) {
        out.append(escape(text));
        return this;
    }

    Markup raw(String trustedMarkup) {
        out.append(trustedMarkup);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
