package hudson.security;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Who the users are and which groups they belong to; Jenkins' default knows nobody. */
public abstract class SecurityRealm extends AbstractDescribableImpl<SecurityRealm> implements ExtensionPoint {
    public static final SecurityRealm NO_AUTHENTICATION = new None();

    /** The user with this id and the authorities (groups) the realm gives them. */
    public UserDetails loadUserByUsername2(String username) throws UsernameNotFoundException {
        throw new UsernameNotFoundException(username);
    }

    private static final class None extends SecurityRealm {
    }
}
