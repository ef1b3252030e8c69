package io.jenkins.plugins.skylark.template;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;

/**
 * A text split once into literal pieces and {@link Placeholders placeholder} names, so rendering it is
 * string appends, not a regex per render. Split texts are cached by their text (fragments and stage
 * names of the loaded templates).
 */
final class PlaceholderText {

    private static final TextCache<PlaceholderText> SPLIT = new TextCache<>(4096);
    private static final TextCache<List<PlaceholderText>> LINES = new TextCache<>(4096);

    /** {@code pieces.length == names.length + 1}: piece, name, piece, …, piece. */
    private final String[] pieces;
    private final String[] names;

    private PlaceholderText(List<String> pieces, List<String> names) {
        this.pieces = pieces.toArray(String[]::new);
        this.names = names.toArray(String[]::new);
    }

    static PlaceholderText of(String text) {
        return SPLIT.get(text, PlaceholderText::split);
    }

    /**
     * The lines the text renders to (as {@link String#lines()} splits the rendered text), given that a
     * replacement never holds a line break; a placeholder written across a line break stays whole.
     */
    static List<PlaceholderText> linesOf(String text) {
        return LINES.get(text, t -> t.isEmpty() ? List.of() : of(t).lines());
    }

    /** Feeds the pieces and the placeholder names to the consumers, in text order. */
    void forEach(Consumer<String> piece, Consumer<String> name) {
        piece.accept(pieces[0]);
        for (int i = 0; i < names.length; i++) {
            name.accept(names[i]);
            piece.accept(pieces[i + 1]);
        }
    }

    /** The text with each placeholder replaced by what {@code replacement} gives for its name (taken verbatim). */
    String replace(Function<String, String> replacement) {
        if (names.length == 0) {
            return pieces[0];
        }
        StringBuilder out = new StringBuilder();
        forEach(out::append, name -> out.append(replacement.apply(name)));
        return out.toString();
    }

    private static PlaceholderText split(String text) {
        List<String> pieces = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher matcher = Placeholders.PLACEHOLDER.matcher(text);
        int end = 0;
        while (matcher.find()) {
            pieces.add(text.substring(end, matcher.start()));
            names.add(matcher.group(1));
            end = matcher.end();
        }
        pieces.add(text.substring(end));
        return new PlaceholderText(pieces, names);
    }

    private List<PlaceholderText> lines() {
        List<PlaceholderText> lines = new ArrayList<>();
        List<String> linePieces = new ArrayList<>(List.of(""));
        List<String> lineNames = new ArrayList<>();
        for (int i = 0; i < pieces.length; i++) {
            String[] split = pieces[i].split("\r\n|\r|\n", -1);
            for (int j = 0; j < split.length; j++) {
                if (j > 0) {
                    lines.add(new PlaceholderText(linePieces, lineNames));
                    linePieces = new ArrayList<>(List.of(""));
                    lineNames = new ArrayList<>();
                }
                linePieces.set(linePieces.size() - 1, linePieces.get(linePieces.size() - 1) + split[j]);
            }
            if (i < names.length) {
                lineNames.add(names[i]);
                linePieces.add("");
            }
        }
        if (lines.isEmpty() || !lineNames.isEmpty() || !linePieces.get(0).isEmpty()) {
            lines.add(new PlaceholderText(linePieces, lineNames)); // a final line break ends the last line
        }
        return List.copyOf(lines);
    }
}
