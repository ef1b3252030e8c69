package io.jenkins.plugins.skylark.template.catalogue;

import java.util.Objects;

/**
 * How to sign in to a catalogue's HTTPS server: a username and a password or token, handed to JGit in memory
 * only (never in the URL, the repository's configuration or a log).
 */
public final class GitLogin {

    /** The username sent with a bare token (secret text): hosting services ignore it for tokens. */
    public static final String TOKEN_USER = "x-token";

    private final String username;
    private final char[] password;

    public GitLogin(String username, String password) {
        this.username = Objects.requireNonNull(username, "username");
        this.password = Objects.requireNonNull(password, "password").toCharArray();
    }

    public static GitLogin token(String token) {
        return new GitLogin(TOKEN_USER, token);
    }

    String username() {
        return username;
    }

    char[] password() {
        return password.clone();
    }

    @Override
    public String toString() {
        return "GitLogin[" + username + ", ****]";
    }
}
