package io.jenkins.plugins.skylark.template;

import java.util.Arrays;

/**
 * A light Groovy tokenizer, just enough to tell that two texts differ only inside literals: it finds
 * the one-line single-quoted strings, plain decimal integers and {@code true}/{@code false} in code,
 * and treats everything between them (names, operators, white space, comments, other strings) as text
 * that must match exactly. Where Groovy's own lexer could see something else it gives up ({@link #of}
 * returns {@code null}): a slash outside a comment (division or a slashy string, which depends on the
 * previous token), a backslash in code, a {@code \\uXXXX} escape (decoded before lexing), a character
 * outside ASCII in code, a line break in a one-line string, a control character or U+FFFF in a string,
 * four quotes in a row, anything unclosed.
 */
final class GroovyTokens {

    static final byte STRING = 1;
    static final byte NUMBER = 2;
    static final byte BOOLEAN = 3;

    /** What may follow a backslash in a Groovy string (an octal escape's further digits are plain characters). */
    private static final String ESCAPED = "nrtbf\"'\\$01234567";
    private static final String PUNCTUATION = "{}()[],.:;=+-*%<>!?&|^~@";

    private final String text;
    private byte[] kinds = new byte[64];
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int count;
    private int pos;

    private GroovyTokens(String text) {
        this.text = text;
    }

    /** The literals of {@code text}, or {@code null} when this tokenizer cannot tell them for sure. */
    static GroovyTokens of(String text) {
        if (hasUnicodeEscape(text) || text.indexOf('\uFFFF') >= 0) { // Groovy's lexer reads U+FFFF as the end
            return null;
        }
        GroovyTokens tokens = new GroovyTokens(text);
        try {
            tokens.code(true, false);
        } catch (Undecided e) {
            return null;
        }
        return tokens;
    }

    /**
     * Whether the two texts are the same but for the contents of literals, each literal keeping its kind:
     * then Groovy reads both as the same tokens but for those contents.
     */
    boolean sameShape(GroovyTokens other) {
        if (count != other.count) {
            return false;
        }
        int from = 0;
        int otherFrom = 0;
        for (int i = 0; i < count; i++) {
            if (kinds[i] != other.kinds[i] || !sameText(from, starts[i], other, otherFrom, other.starts[i])) {
                return false;
            }
            from = ends[i];
            otherFrom = other.ends[i];
        }
        return sameText(from, text.length(), other, otherFrom, other.text.length());
    }

    /** The literals' kinds, in text order (for tests). */
    byte[] kinds() {
        return Arrays.copyOf(kinds, count);
    }

    private boolean sameText(int from, int to, GroovyTokens other, int otherFrom, int otherTo) {
        return to - from == otherTo - otherFrom && text.regionMatches(from, other.text, otherFrom, to - from);
    }

    /** Groovy decodes {@code \\uXXXX} everywhere before lexing, pairing backslashes from the start of the file. */
    private static boolean hasUnicodeEscape(String text) {
        for (int i = text.indexOf('\\'); i >= 0; i = text.indexOf('\\', i + 2)) {
            if (i + 1 < text.length() && text.charAt(i + 1) == 'u') {
                return true;
            }
        }
        return false;
    }

    /**
     * Code up to the end of the text or, when {@code nested} (inside a GString's {@code ${ }}), up to
     * the brace that closes it. Literals are recorded only when {@code record}: inside a GString they
     * are part of the string's text.
     */
    private void code(boolean record, boolean nested) {
        int depth = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                pos++;
            } else if (c == '/') {
                comment();
            } else if (c == '\'') {
                singleQuoted(record);
            } else if (c == '"') {
                doubleQuoted();
            } else if (c >= '0' && c <= '9') {
                number(record);
            } else if (isNameStart(c)) {
                name(record);
            } else if (c == '}' && nested && depth == 0) {
                return;
            } else if (c < 128 && PUNCTUATION.indexOf(c) >= 0) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                pos++;
            } else {
                throw new Undecided();
            }
        }
        if (nested) {
            throw new Undecided();
        }
    }

    private void comment() {
        char next = pos + 1 < text.length() ? text.charAt(pos + 1) : 0;
        if (next == '/') {
            while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
                pos++;
            }
        } else if (next == '*') {
            int end = text.indexOf("*/", pos + 2);
            if (end < 0) {
                throw new Undecided();
            }
            pos = end + 2;
        } else {
            throw new Undecided();
        }
    }

    private void singleQuoted(boolean record) {
        int start = pos;
        if (text.startsWith("'''", pos)) {
            pos = closing("'''", pos + 3, true);
            return;
        }
        pos = closing("'", pos + 1, false);
        if (record) {
            add(STRING, start);
        }
    }

    private void doubleQuoted() {
        boolean triple = text.startsWith("\"\"\"", pos);
        String quote = triple ? "\"\"\"" : "\"";
        pos += quote.length();
        while (!text.startsWith(quote, pos)) {
            if (pos + 1 < text.length() && text.charAt(pos) == '$' && text.charAt(pos + 1) == '{') {
                pos += 2;
                code(false, true);
                pos++; // the closing brace
            } else {
                pos = skipStringChar(pos, triple);
            }
        }
        pos += quote.length();
        if (triple && pos < text.length() && text.charAt(pos) == '"') {
            throw new Undecided();
        }
    }

    /** The position after the closing {@code quote} of a string whose body starts at {@code from}. */
    private int closing(String quote, int from, boolean triple) {
        int at = from;
        while (!text.startsWith(quote, at)) {
            at = skipStringChar(at, triple);
        }
        at += quote.length();
        if (triple && at < text.length() && text.charAt(at) == quote.charAt(0)) {
            throw new Undecided();
        }
        return at;
    }

    /** Past one character of a string body, or an escape; refuses the end of the text and one-line breaks. */
    private int skipStringChar(int at, boolean multiLine) {
        if (at >= text.length()) {
            throw new Undecided();
        }
        char c = text.charAt(at);
        if (c == '\\') {
            if (at + 1 >= text.length() || ESCAPED.indexOf(text.charAt(at + 1)) < 0) {
                throw new Undecided(); // a line continuation (not modelled) or an escape Groovy refuses
            }
            return at + 2;
        }
        if (c == '\n' || c == '\r' ? !multiLine : c < 0x20 && c != '\t') {
            throw new Undecided(); // a control character: Groovy's lexer refuses some
        }
        return at + 1;
    }

    /** Digits, letters and underscores, then any fraction: a literal only when a plain decimal integer. */
    private void number(boolean record) {
        int start = pos;
        boolean plain = true;
        while (true) {
            while (pos < text.length() && isNamePart(text.charAt(pos))) {
                plain &= Character.isDigit(text.charAt(pos));
                pos++;
            }
            if (pos + 1 < text.length() && text.charAt(pos) == '.' && Character.isDigit(text.charAt(pos + 1))
                    || pos + 1 < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')
                    && (text.charAt(pos - 1) == 'e' || text.charAt(pos - 1) == 'E')) {
                plain = false;
                pos++;
            } else {
                break;
            }
        }
        boolean afterDot = start > 0 && text.charAt(start - 1) == '.'; // might be read as a fraction
        if (record && plain && !afterDot && (pos - start == 1 || text.charAt(start) != '0')) {
            add(NUMBER, start);
        }
    }

    private void name(boolean record) {
        int start = pos;
        while (pos < text.length() && isNamePart(text.charAt(pos))) {
            pos++;
        }
        if (record && (text.startsWith("true", start) && pos - start == 4
                || text.startsWith("false", start) && pos - start == 5)) {
            add(BOOLEAN, start);
        }
    }

    private void add(byte kind, int start) {
        if (count == kinds.length) {
            kinds = Arrays.copyOf(kinds, count * 2);
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        kinds[count] = kind;
        starts[count] = start;
        ends[count] = pos;
        count++;
    }

    private static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || c >= '0' && c <= '9';
    }

    /** Thrown inside the tokenizer where Groovy's reading is not modelled; {@link #of} gives up. */
    private static final class Undecided extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Undecided() {
            super(null, null, false, false);
        }
    }
}
