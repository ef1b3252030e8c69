package hudson.model;

import hudson.ExtensionPoint;

/** An item that can sit directly in Jenkins or in a folder. */
public interface TopLevelItem extends Item, ExtensionPoint, Describable<TopLevelItem> {
}
