package io.jenkins.plugins.skylark.build;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the {@code args} string the way a shell would for plain words: on whitespace, with single or
 * double quotes grouping words. No expansion, no escapes beyond quoting: the arguments go to the program
 * directly, never through a shell.
 */
final class Arguments {
    private Arguments() {
    }

    static List<String> split(String args) throws BuildException {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : args.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw BuildException.of("Arguments.unclosedQuote", args);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
