package io.jenkins.plugins.skylark.image;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A registry user and password, carried in memory only: never printed ({@link #toString()} masks the
 * password), never written to a file or a command line. {@link #clear()} wipes the password after use.
 */
public final class RegistryCredentials implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String username;
    private final char[] password;

    public RegistryCredentials(String username, char[] password) {
        this.username = username;
        this.password = password == null ? new char[0] : password.clone();
    }

    public String username() {
        return username;
    }

    char[] password() {
        return password;
    }

    boolean hasPassword() {
        return password.length > 0;
    }

    /** Overwrites the password in memory. */
    public void clear() {
        Arrays.fill(password, '\0');
    }

    @Override
    public String toString() {
        return "RegistryCredentials[username=" + username + ", password=****]";
    }
}
