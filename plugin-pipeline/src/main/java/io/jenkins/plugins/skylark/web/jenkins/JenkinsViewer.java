package io.jenkins.plugins.skylark.web.jenkins;

import hudson.model.Item;
import hudson.model.ItemGroup;
import io.jenkins.plugins.skylark.web.Viewer;
import jenkins.model.Jenkins;

/**
 * The current Jenkins user as a {@link Viewer}. {@code getItemByFullName} already answers {@code null}
 * for items the user may not read, as it does for missing ones, so a page never tells them apart.
 */
public final class JenkinsViewer implements Viewer {

    public static Viewer current() {
        return new JenkinsViewer();
    }

    private JenkinsViewer() {
    }

    @Override
    public String name() {
        return Jenkins.getAuthentication2().getName();
    }

    @Override
    public boolean isAdministrator() {
        return Jenkins.get().hasPermission(Jenkins.ADMINISTER);
    }

    @Override
    public boolean mayRead(String itemFullName) {
        Item item = Jenkins.get().getItemByFullName(itemFullName);
        return item != null && item.hasPermission(Item.READ);
    }

    @Override
    public boolean mayCreateIn(String folderFullName) {
        Item item = Jenkins.get().getItemByFullName(folderFullName);
        return item instanceof ItemGroup<?> && item.hasPermission(Item.CREATE);
    }

    @Override
    public boolean mayConfigure(String itemFullName) {
        Item item = Jenkins.get().getItemByFullName(itemFullName);
        return item != null && item.hasPermission(Item.CONFIGURE);
    }
}
