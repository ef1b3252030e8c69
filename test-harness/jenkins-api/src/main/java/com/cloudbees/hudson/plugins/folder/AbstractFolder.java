package com.cloudbees.hudson.plugins.folder;

import hudson.model.AbstractItem;
import hudson.model.ItemGroup;
import hudson.model.ModifiableViewGroup;
import hudson.model.TopLevelItem;
import hudson.model.View;
import hudson.util.DescribableList;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import jenkins.model.ModelObjectWithChildren;
import org.jenkins.ui.icon.IconSpec;
import org.kohsuke.stapler.StaplerFallback;
import org.kohsuke.stapler.StaplerOverridable;
import org.springframework.security.access.AccessDeniedException;

/** A folder: an item that contains items and carries folder properties. */
public abstract class AbstractFolder<I extends TopLevelItem> extends AbstractItem implements TopLevelItem, ItemGroup<I>,
        ModifiableViewGroup, StaplerFallback, ModelObjectWithChildren, StaplerOverridable, IconSpec {
    protected transient Map<String, I> items = new ConcurrentSkipListMap<>(String.CASE_INSENSITIVE_ORDER);
    private final transient DescribableList<AbstractFolderProperty<?>, AbstractFolderPropertyDescriptor> properties =
            new PropertyList();

    protected AbstractFolder(ItemGroup parent, String name) {
        super(parent, name);
    }

    protected final I itemsPut(String name, I item) {
        return items.put(name, item);
    }

    public DescribableList<AbstractFolderProperty<?>, AbstractFolderPropertyDescriptor> getProperties() {
        return properties;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public void addProperty(AbstractFolderProperty p) throws IOException {
        if (!p.getDescriptor().isApplicable(getClass())) {
            throw new IllegalArgumentException(p.getClass().getName() + " cannot be applied to " + getClass().getName());
        }
        p.setOwner(this);
        properties.add(p);
    }

    @Override
    public File getRootDirFor(I child) {
        return new File(new File(getRootDir(), "jobs"), child.getName());
    }

    @Override
    public Collection<?> getOverrides() {
        return Collections.emptyList();
    }

    @Override
    public Collection<I> getItems() {
        return new ArrayList<>(items.values());
    }

    @Override
    public I getItem(String name) throws AccessDeniedException {
        return name == null ? null : items.get(name);
    }

    @Override
    public View getStaplerFallback() {
        return null;
    }

    /** The property list of a folder. */
    private static final class PropertyList
            extends DescribableList<AbstractFolderProperty<?>, AbstractFolderPropertyDescriptor> {
    }
}
