package com.cloudbees.plugins.credentials.common;

/** Username and password. */
public interface UsernamePasswordCredentials extends UsernameCredentials, PasswordCredentials {
}
