package hudson.model;

import hudson.search.SearchableModelObject;
import hudson.security.AccessControlled;
import java.io.IOException;
import jenkins.util.io.OnMaster;

/** A job, folder or other named element of the item tree. */
public interface Item extends PersistenceRoot, SearchableModelObject, AccessControlled, OnMaster {
    ItemGroup<? extends Item> getParent();

    String getName();

    String getFullName();

    @Override
    String getDisplayName();

    String getFullDisplayName();

    @Override
    void save() throws IOException;
}
