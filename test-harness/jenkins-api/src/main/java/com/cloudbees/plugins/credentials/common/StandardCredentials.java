package com.cloudbees.plugins.credentials.common;

/** A credential with an id and a description (description not needed by Skylark). */
public interface StandardCredentials extends IdCredentials {
}
