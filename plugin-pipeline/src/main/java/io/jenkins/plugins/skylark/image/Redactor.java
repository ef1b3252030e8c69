package io.jenkins.plugins.skylark.image;

import java.util.function.UnaryOperator;

/**
 * Replaces the registry password in any text bound for the log or an exception message. Jib never
 * prints it; this is the second line of defence should a server echo it back.
 */
final class Redactor implements UnaryOperator<String> {

    private static final String MASK = "****";
    private final String secret;

    private Redactor(String secret) {
        this.secret = secret;
    }

    static Redactor of(RegistryCredentials credentials) {
        return new Redactor(credentials == null || !credentials.hasPassword() ? null : new String(credentials.password()));
    }

    @Override
    public String apply(String text) {
        return secret == null || text == null ? text : text.replace(secret, MASK);
    }
}
