package com.cloudbees.plugins.credentials.domains;

import java.io.Serializable;

/** A requirement a credential's domain must meet (none are used by Skylark). */
public class DomainRequirement implements Serializable {
    private static final long serialVersionUID = 1L;

    public DomainRequirement() {
    }
}
