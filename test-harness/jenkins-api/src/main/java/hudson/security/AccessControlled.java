package hudson.security;

/** Object guarded by an ACL (permission members are not needed by Skylark). */
public interface AccessControlled {
}
