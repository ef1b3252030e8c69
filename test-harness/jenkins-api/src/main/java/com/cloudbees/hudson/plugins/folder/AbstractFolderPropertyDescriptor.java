package com.cloudbees.hudson.plugins.folder;

import hudson.model.Descriptor;

/** Descriptor of folder properties. */
public abstract class AbstractFolderPropertyDescriptor extends Descriptor<AbstractFolderProperty<?>> {
    public AbstractFolderPropertyDescriptor() {
    }

    @SuppressWarnings("rawtypes")
    public boolean isApplicable(Class<? extends AbstractFolder> containerType) {
        return true;
    }
}
