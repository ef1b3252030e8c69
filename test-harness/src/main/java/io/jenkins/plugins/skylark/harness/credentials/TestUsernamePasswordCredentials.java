package io.jenkins.plugins.skylark.harness.credentials;

import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.util.Secret;

/** Username and password, like the credentials plugin's implementation. */
public final class TestUsernamePasswordCredentials implements StandardUsernamePasswordCredentials {
    private static final long serialVersionUID = 1L;
    private final String id;
    private final String username;
    private final Secret password;

    public TestUsernamePasswordCredentials(String id, String username, String password) {
        this.id = id;
        this.username = username;
        this.password = Secret.fromString(password);
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public Secret getPassword() {
        return password;
    }
}
