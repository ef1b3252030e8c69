package hudson.model;

import java.io.File;
import java.util.Collection;
import org.springframework.security.access.AccessDeniedException;

/** A container of items: Jenkins itself or a folder. */
public interface ItemGroup<T extends Item> extends PersistenceRoot, ModelObject {
    String getFullName();

    String getFullDisplayName();

    Collection<T> getItems();

    T getItem(String name) throws AccessDeniedException;

    File getRootDirFor(T child);
}
