package com.cloudbees.plugins.credentials.common;

/** The standard username/password credential. */
public interface StandardUsernamePasswordCredentials extends StandardUsernameCredentials, UsernamePasswordCredentials {
}
