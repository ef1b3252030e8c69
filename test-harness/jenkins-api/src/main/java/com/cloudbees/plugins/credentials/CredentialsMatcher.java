package com.cloudbees.plugins.credentials;

import java.io.Serializable;

/** A filter on credentials (see {@link CredentialsMatchers}). */
public interface CredentialsMatcher extends Serializable {
    boolean matches(Credentials item);
}
