package io.jenkins.plugins.skylark.harness.security;

import hudson.security.SecurityRealm;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The users of a test Jenkins and the groups its realm (LDAP, Active Directory …) puts them in: as in
 * Jenkins, a user's groups are the authorities {@link #loadUserByUsername2} gives, plus
 * {@code authenticated}; an unknown user fails with {@link UsernameNotFoundException}.
 */
public final class HarnessSecurityRealm extends SecurityRealm {
    private final Map<String, List<String>> groups = new ConcurrentHashMap<>();

    /** Adds (or replaces) user {@code name}, member of {@code groupNames}. */
    public HarnessSecurityRealm user(String name, String... groupNames) {
        groups.put(name, List.of(groupNames));
        return this;
    }

    @Override
    public UserDetails loadUserByUsername2(String username) throws UsernameNotFoundException {
        List<String> memberOf = groups.get(username);
        if (memberOf == null) {
            throw new UsernameNotFoundException(username);
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("authenticated"));
        memberOf.forEach(group -> authorities.add(new SimpleGrantedAuthority(group)));
        return new Details(username, List.copyOf(authorities));
    }

    /** Spring's own {@code User} needs commons-logging, which the stand-in does not bring. */
    private record Details(String getUsername, Collection<? extends GrantedAuthority> getAuthorities)
            implements UserDetails {
        @Override
        public String getPassword() {
            return null;
        }
    }
}
