package io.jenkins.plugins.skylark.harness.registry;

import at.favre.lib.crypto.bcrypt.BCrypt;

/** One line of an Apache htpasswd file with a bcrypt hash, the only kind the registry accepts. */
final class Htpasswd {

    /** Low cost keeps registry start-up fast; the file only ever guards a throw-away test registry. */
    private static final int COST = 5;

    private Htpasswd() {
    }

    static String line(String user, String password) {
        if (user.isEmpty() || user.contains(":")) {
            throw new IllegalArgumentException("htpasswd user must be non-empty and without ':', got '" + user + "'");
        }
        return user + ":" + BCrypt.withDefaults().hashToString(COST, password.toCharArray()) + "\n";
    }
}
