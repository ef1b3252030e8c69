package io.jenkins.plugins.skylark.template;

import java.util.function.Function;

/**
 * Writes a Jenkinsfile and its skeleton side by side: the same text, except that each value literal
 * is {@link GroovyLiterals#blank blank} in the skeleton. The skeleton depends only on the template, the
 * stages and tasks kept and the shape of list values, so {@link SkeletonCheck} parses it once for many
 * renders.
 */
final class SkeletonWriter {

    private static final String[] INDENTS = {"", "    ", "        ", "            ", "                "};

    private final StringBuilder text;
    private final StringBuilder skeleton;

    SkeletonWriter(int capacity) {
        text = new StringBuilder(capacity);
        skeleton = new StringBuilder(capacity);
    }

    /** A Jenkinsfile and its skeleton. */
    record Written(String text, String skeleton) {
    }

    SkeletonWriter append(String code) {
        text.append(code);
        skeleton.append(code);
        return this;
    }

    SkeletonWriter indent(int depth) {
        return append(depth < INDENTS.length ? INDENTS[depth] : "    ".repeat(depth));
    }

    /** The value's literal (so it fails as {@link GroovyLiterals#of} does), its blank in the skeleton. */
    SkeletonWriter literal(Object value) {
        GroovyLiterals.append(text, value, false);
        GroovyLiterals.append(skeleton, value, true);
        return this;
    }

    /**
     * One line: indented, each placeholder replaced by the literal of {@code valueFor}'s value, trailing
     * white space dropped, a blank line left empty. Literals never end in white space, so the same
     * tail is dropped from both texts.
     */
    void line(int depth, PlaceholderText line, Function<String, Object> valueFor) {
        int start = text.length();
        int skeletonStart = skeleton.length();
        indent(depth);
        int content = text.length();
        line.forEach(this::append, placeholder -> literal(valueFor.apply(placeholder)));
        int end = text.length();
        while (end > content && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == content) {
            text.setLength(start);
            skeleton.setLength(skeletonStart);
        } else {
            skeleton.setLength(skeleton.length() - (text.length() - end));
            text.setLength(end);
        }
        append("\n");
    }

    Written done() {
        return new Written(text.toString(), skeleton.toString());
    }
}
