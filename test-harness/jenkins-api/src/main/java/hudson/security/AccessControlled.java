package hudson.security;

import org.springframework.security.access.AccessDeniedException;

/** Object guarded by an ACL: the current user's permissions on it. */
public interface AccessControlled {
    ACL getACL();

    default void checkPermission(Permission permission) throws AccessDeniedException {
        getACL().checkPermission(permission);
    }

    default boolean hasPermission(Permission permission) {
        return getACL().hasPermission(permission);
    }
}
