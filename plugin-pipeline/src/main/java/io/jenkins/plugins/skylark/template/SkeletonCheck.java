package io.jenkins.plugins.skylark.template;

import java.util.Optional;

/**
 * Spares the Groovy parse of a rendered Jenkinsfile when its skeleton (the same file with every value
 * literal blank, see {@link SkeletonWriter}) is known to parse to a declarative outline and the file
 * differs from it only inside literals of the same kinds ({@link GroovyTokens#sameShape}). Groovy then
 * reads the same tokens in the same order, so it builds the same tree but for constant values of the
 * same types, and the verdict of the parse and of {@link DeclarativeOutline} is the skeleton's. Values
 * written by {@link GroovyLiterals} always stay such literals; anything else (a broken fragment, a
 * skeleton the tokenizer cannot read) is answered "cannot tell", and the caller parses as before.
 */
final class SkeletonCheck {

    /** Skeletons by text: their tokens when they parse to a declarative outline, empty otherwise. */
    private static final TextCache<Optional<GroovyTokens>> SKELETONS = new TextCache<>(1024);

    private SkeletonCheck() {
    }

    /**
     * Whether {@code text} is known to parse to a declarative outline without parsing it; {@code false}
     * means "cannot tell", not "invalid".
     */
    static boolean passes(String text, String skeleton) {
        Optional<GroovyTokens> known = SKELETONS.get(skeleton, SkeletonCheck::learn);
        if (known.isEmpty()) {
            return false;
        }
        GroovyTokens tokens = GroovyTokens.of(text);
        return tokens != null && tokens.sameShape(known.get());
    }

    private static Optional<GroovyTokens> learn(String skeleton) {
        GroovyTokens tokens = GroovyTokens.of(skeleton);
        if (tokens == null) {
            return Optional.empty();
        }
        try {
            return DeclarativeOutline.problem(GroovySyntax.parse("skeleton.Jenkinsfile", skeleton)) == null
                    ? Optional.of(tokens) : Optional.empty();
        } catch (GroovySyntax.SyntaxError e) {
            return Optional.empty();
        }
    }
}
