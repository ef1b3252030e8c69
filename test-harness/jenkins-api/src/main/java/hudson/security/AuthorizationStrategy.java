package hudson.security;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;
import hudson.model.AbstractItem;
import java.io.Serializable;
import java.util.Collection;
import java.util.Collections;

/** Decides who may do what: Jenkins asks it for the ACL of the root and of each item. */
public abstract class AuthorizationStrategy extends AbstractDescribableImpl<AuthorizationStrategy> implements ExtensionPoint {
    /** Everyone may do everything (Jenkins' default until security is configured). */
    public static final AuthorizationStrategy UNSECURED = new Unsecured();

    public AuthorizationStrategy() {
    }

    public abstract ACL getRootACL();

    /** The ACL of an item; by default the root's. */
    public ACL getACL(AbstractItem item) {
        return getRootACL();
    }

    public abstract Collection<String> getGroups();

    /** The strategy of {@link #UNSECURED}. */
    public static final class Unsecured extends AuthorizationStrategy implements Serializable {
        private static final long serialVersionUID = 1L;
        private static final ACL UNSECURED_ACL = ACL.lambda2((a, p) -> true);

        public Unsecured() {
        }

        @Override
        public ACL getRootACL() {
            return UNSECURED_ACL;
        }

        @Override
        public Collection<String> getGroups() {
            return Collections.emptySet();
        }
    }
}
