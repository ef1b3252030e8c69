package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;

/** A credential that has a username. */
public interface UsernameCredentials extends Credentials {
    String getUsername();
}
