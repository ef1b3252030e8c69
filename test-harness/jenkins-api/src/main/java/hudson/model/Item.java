package hudson.model;

import hudson.search.SearchableModelObject;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import hudson.security.PermissionGroup;
import java.io.IOException;
import jenkins.util.io.OnMaster;

/** A job, folder or other named element of the item tree. */
public interface Item extends PersistenceRoot, SearchableModelObject, AccessControlled, OnMaster {
    PermissionGroup PERMISSIONS = new PermissionGroup(Item.class, null);
    Permission CONFIGURE = new Permission(PERMISSIONS, "Configure", null, Permission.CONFIGURE);
    /** Creating items inside a folder (real scope: ITEM_GROUP). */
    Permission CREATE = new Permission(PERMISSIONS, "Create", null, Permission.CREATE);
    Permission READ = new Permission(PERMISSIONS, "Read", null, Permission.READ);
    /** Disabled unless {@code hudson.security.ExtendedReadPermission} is set: then granted through CONFIGURE. */
    Permission EXTENDED_READ = new Permission(PERMISSIONS, "ExtendedRead", null, CONFIGURE,
            Boolean.getBoolean("hudson.security.ExtendedReadPermission"));

    ItemGroup<? extends Item> getParent();

    String getName();

    String getFullName();

    @Override
    String getDisplayName();

    String getFullDisplayName();

    /** The item's URL relative to Jenkins' root URL, ending with {@code /}. */
    String getUrl();

    /** Called after the item is read from {@code config.xml}, with its parent and its directory's name. */
    void onLoad(ItemGroup<? extends Item> parent, String name) throws IOException;

    @Override
    void save() throws IOException;
}
