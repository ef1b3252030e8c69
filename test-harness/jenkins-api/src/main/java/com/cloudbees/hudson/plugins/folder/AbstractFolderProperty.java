package com.cloudbees.hudson.plugins.folder;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;
import hudson.model.ReconfigurableDescribable;

/** A property attached to a folder, configured on the folder's page. */
public abstract class AbstractFolderProperty<C extends AbstractFolder<?>>
        extends AbstractDescribableImpl<AbstractFolderProperty<?>>
        implements ExtensionPoint, ReconfigurableDescribable<AbstractFolderProperty<?>> {
    protected transient C owner;

    public AbstractFolderProperty() {
    }

    protected void setOwner(C owner) {
        this.owner = owner;
    }

    public C getOwner() {
        return owner;
    }

    @Override
    public AbstractFolderPropertyDescriptor getDescriptor() {
        return (AbstractFolderPropertyDescriptor) super.getDescriptor();
    }
}
