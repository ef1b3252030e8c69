package hudson.security;

import java.util.Collection;
import java.util.Collections;
import java.util.function.BiFunction;
import jenkins.model.Jenkins;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Access control list: whether an identity holds a permission. As in Jenkins, the identity of the
 * current thread ({@link Jenkins#getAuthentication2()}, set with {@link #as2}) is checked, and
 * {@link #SYSTEM2} holds every permission.
 */
public abstract class ACL {
    public static final String SYSTEM_USERNAME = "SYSTEM";
    public static final Authentication SYSTEM2 = new SystemAuthentication();

    public ACL() {
    }

    /** @throws AccessDeniedException naming the user and the permission, as Jenkins' message does */
    public final void checkPermission(Permission p) {
        Authentication a = Jenkins.getAuthentication2();
        if (!a.equals(SYSTEM2) && !hasPermission2(a, p)) {
            Permission shown = p;
            while (!shown.enabled && shown.impliedBy != null) {
                shown = shown.impliedBy;
            }
            throw new AccessDeniedException(a.getName() + " is missing the " + shown.group.owner.getSimpleName()
                    + "/" + shown.name + " permission");
        }
    }

    public final boolean hasPermission(Permission p) {
        Authentication a = Jenkins.getAuthentication2();
        return a.equals(SYSTEM2) || hasPermission2(a, p);
    }

    /** What an implementation decides; Jenkins' base class has no answer of its own. */
    public boolean hasPermission2(Authentication a, Permission permission) {
        throw new AbstractMethodError("implement hasPermission2");
    }

    /** An ACL answering with {@code impl}. */
    public static ACL lambda2(BiFunction<Authentication, Permission, Boolean> impl) {
        return new ACL() {
            @Override
            public boolean hasPermission2(Authentication a, Permission permission) {
                return impl.apply(a, permission);
            }
        };
    }

    /** Acts as {@code auth} on this thread until the returned context is closed. */
    public static ACLContext as2(Authentication auth) {
        ACLContext context = new ACLContext(SecurityContextHolder.getContext());
        SecurityContext acting = SecurityContextHolder.createEmptyContext();
        acting.setAuthentication(auth);
        SecurityContextHolder.setContext(acting);
        return context;
    }

    /** The identity of Jenkins itself (a username/password token named SYSTEM in Jenkins). */
    private static final class SystemAuthentication implements Authentication {
        private static final long serialVersionUID = 1L;

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return Collections.emptyList();
        }

        @Override
        public Object getCredentials() {
            return "SYSTEM";
        }

        @Override
        public Object getDetails() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return SYSTEM_USERNAME;
        }

        @Override
        public boolean isAuthenticated() {
            return true;
        }

        @Override
        public void setAuthenticated(boolean isAuthenticated) {
            throw new IllegalArgumentException("SYSTEM is always authenticated");
        }

        @Override
        public String getName() {
            return SYSTEM_USERNAME;
        }
    }
}
