package com.cloudbees.plugins.credentials.common;

/** The select of {@link StandardCredentials}. */
public class StandardListBoxModel extends AbstractIdCredentialsListBoxModel<StandardListBoxModel, StandardCredentials> {
    private static final long serialVersionUID = 1L;

    public StandardListBoxModel() {
    }

    /** The plugin shows the credential's name (description or user name); the stand-in's credentials have only ids. */
    @Override
    protected String describe(StandardCredentials c) {
        return c.getId();
    }
}
