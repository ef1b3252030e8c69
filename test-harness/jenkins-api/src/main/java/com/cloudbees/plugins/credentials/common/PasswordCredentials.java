package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;
import hudson.util.Secret;

/** A credential that has a password. */
public interface PasswordCredentials extends Credentials {
    Secret getPassword();
}
