package hudson.security;

import jenkins.model.Jenkins;
import org.jvnet.localizer.Localizable;

/**
 * A permission, as Jenkins declares them: each is implied by a broader one ({@link #impliedBy}), up to
 * {@link #HUDSON_ADMINISTER}; a disabled permission ({@link #enabled} false, such as
 * {@code Item.EXTENDED_READ} by default) is granted through the one that implies it.
 */
public final class Permission {
    public final Class owner;
    public final PermissionGroup group;
    public final String name;
    public final Localizable description;
    public final Permission impliedBy;
    public boolean enabled;

    // Real owner of the overall permissions is hudson.model.Hudson, absent from the stand-in.
    public static final PermissionGroup HUDSON_PERMISSIONS = new PermissionGroup(Jenkins.class, null);
    public static final Permission HUDSON_ADMINISTER = new Permission(HUDSON_PERMISSIONS, "Administer", null, null);
    public static final PermissionGroup GROUP = new PermissionGroup(Permission.class, null);
    public static final Permission READ = new Permission(GROUP, "GenericRead", null, HUDSON_ADMINISTER);
    public static final Permission WRITE = new Permission(GROUP, "GenericWrite", null, HUDSON_ADMINISTER);
    public static final Permission UPDATE = new Permission(GROUP, "GenericUpdate", null, WRITE);
    public static final Permission CONFIGURE = new Permission(GROUP, "GenericConfigure", null, UPDATE);
    public static final Permission CREATE = new Permission(GROUP, "GenericCreate", null, WRITE);

    public Permission(PermissionGroup group, String name, Localizable description, Permission impliedBy,
            boolean enable) {
        this.owner = group.owner;
        this.group = group;
        this.name = name;
        this.description = description;
        this.impliedBy = impliedBy;
        this.enabled = enable;
        group.add(this);
    }

    public Permission(PermissionGroup group, String name, Localizable description, Permission impliedBy) {
        this(group, name, description, impliedBy, true);
    }

    public Permission(PermissionGroup group, String name, Permission impliedBy) {
        this(group, name, null, impliedBy);
    }

    /** {@code owner.name}, e.g. {@code hudson.model.Item.Configure}. */
    public String getId() {
        return owner.getName() + '.' + name;
    }

    public boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enable) {
        enabled = enable;
    }

    @Override
    public String toString() {
        return "Permission[" + owner + "," + name + "]";
    }
}
