package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;

/** A credential with an id, the handle by which jobs refer to it. */
public interface IdCredentials extends Credentials {
    String getId();
}
