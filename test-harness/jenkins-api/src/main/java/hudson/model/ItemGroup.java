package hudson.model;

import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/** A container of items: Jenkins itself or a folder. */
public interface ItemGroup<T extends Item> extends PersistenceRoot, ModelObject {
    String getFullName();

    String getFullDisplayName();

    Collection<T> getItems();

    T getItem(String name) throws AccessDeniedException;

    File getRootDirFor(T child);

    /**
     * Every item of the type below this group, at any depth, that the current user may read; groups the
     * user may not read are not descended into (as Jenkins' {@code Items.allItems2}).
     */
    default <T extends Item> List<T> getAllItems(Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Item item : getItems()) {
            if (!item.hasPermission(Item.READ)) {
                continue;
            }
            if (type.isInstance(item)) {
                found.add(type.cast(item));
            }
            if (item instanceof ItemGroup<?> group) {
                found.addAll(group.getAllItems(type));
            }
        }
        return found;
    }
}
