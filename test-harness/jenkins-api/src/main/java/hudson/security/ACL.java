package hudson.security;

import java.util.Collection;
import java.util.Collections;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Access control list; Skylark only needs the SYSTEM identity credentials are looked up as. */
public abstract class ACL {
    public static final String SYSTEM_USERNAME = "SYSTEM";
    public static final Authentication SYSTEM2 = new SystemAuthentication();

    public ACL() {
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
