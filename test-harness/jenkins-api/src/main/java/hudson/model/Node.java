package hudson.model;

import hudson.FilePath;

import hudson.ExtensionPoint;
import hudson.security.AccessControlled;
import jenkins.util.io.OnMaster;

/** A machine that runs builds; Jenkins itself is the built-in node (members not needed by Skylark). */
public abstract class Node extends AbstractModelObject implements ReconfigurableDescribable<Node>, ExtensionPoint,
        AccessControlled, OnMaster, PersistenceRoot {
    protected Node() {
    }

    /** The node's root directory (agent root, or JENKINS_HOME for the built-in node); null when offline. */
    public abstract FilePath getRootPath();
}
