package hudson.model;

import hudson.ExtensionPoint;

/** A {@link RootAction} reachable without the Overall/Read permission (webhook endpoints). */
public interface UnprotectedRootAction extends RootAction, ExtensionPoint {
}
