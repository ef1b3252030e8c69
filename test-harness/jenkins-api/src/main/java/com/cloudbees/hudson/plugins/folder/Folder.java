package com.cloudbees.hudson.plugins.folder;

import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.TopLevelItem;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import jenkins.model.DirectlyModifiableTopLevelItemGroup;

/** The cloudbees-folder plugin's "Folder" item type. Only the members Skylark uses are declared. */
public class Folder extends AbstractFolder<TopLevelItem> implements DirectlyModifiableTopLevelItemGroup {

    public Folder(ItemGroup parent, String name) {
        super(parent, name);
    }

    /**
     * Creates, saves and adds a new item, as Jenkins does: the current user needs {@link Item#CREATE}
     * here and the name must be free.
     */
    public synchronized <T extends TopLevelItem> T createProject(Class<T> type, String name) throws IOException {
        checkPermission(Item.CREATE);
        if (getItem(name) != null) {
            throw new IllegalArgumentException(getFullName() + " already contains an item '" + name + "'");
        }
        T item;
        try {
            item = type.getConstructor(ItemGroup.class, String.class).newInstance(this, name);
        } catch (InstantiationException | IllegalAccessException | NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getName() + " cannot be created in a folder", e);
        } catch (InvocationTargetException e) {
            throw new IOException(e.getCause());
        }
        item.save();
        itemsPut(name, item);
        return item;
    }
}
