package hudson.model;

import hudson.ExtensionPoint;

/** An {@link Action} bound to the root URL of Jenkins ({@code /<urlName>}), registered as an extension. */
public interface RootAction extends Action, ExtensionPoint {
}
