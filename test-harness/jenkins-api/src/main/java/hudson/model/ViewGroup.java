package hudson.model;

import hudson.security.AccessControlled;

/** Container of views (members not needed by Skylark). */
public interface ViewGroup extends PersistenceRoot, ModelObject, AccessControlled {
}
