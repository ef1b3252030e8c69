package com.cloudbees.plugins.credentials.common;

/** A standard credential with a username. */
public interface StandardUsernameCredentials extends StandardCredentials, UsernameCredentials {
}
