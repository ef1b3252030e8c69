package io.jenkins.plugins.skylark.harness.credentials;

import hudson.util.Secret;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/** Secret text (a token), like the plain-credentials plugin's implementation. */
public final class TestStringCredentials implements StringCredentials {
    private static final long serialVersionUID = 1L;
    private final String id;
    private final Secret secret;

    public TestStringCredentials(String id, String secret) {
        this.id = id;
        this.secret = Secret.fromString(secret);
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public Secret getSecret() {
        return secret;
    }
}
