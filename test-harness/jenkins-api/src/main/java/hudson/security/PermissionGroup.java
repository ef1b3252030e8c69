package hudson.security;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jvnet.localizer.Localizable;

/** A group of permissions owned by one class (e.g. {@code Item.PERMISSIONS}). */
public final class PermissionGroup implements Iterable<Permission>, Comparable<PermissionGroup> {
    public final Class owner;
    public final Localizable title;
    private final List<Permission> permissions = new CopyOnWriteArrayList<>();

    public PermissionGroup(Class owner, Localizable title) {
        this.owner = owner;
        this.title = title;
    }

    @Override
    public Iterator<Permission> iterator() {
        return permissions.iterator();
    }

    @Override
    public int compareTo(PermissionGroup that) {
        return owner.getName().compareTo(that.owner.getName());
    }

    void add(Permission p) {
        permissions.add(p);
    }
}
