package org.jenkinsci.remoting;

/** Callable that declares which side may run it (role-check members not needed by Skylark). */
public interface RoleSensitive {
}
