package io.jenkins.plugins.skylark.harness;

import com.cloudbees.hudson.plugins.folder.Folder;
import hudson.model.ItemGroup;
import hudson.model.TopLevelItem;

/** A plain folder, as created by the cloudbees-folder plugin's "Folder" item type. */
public final class HarnessFolder extends Folder {
    HarnessFolder(ItemGroup<?> parent, String name) {
        super(parent, name);
    }

    <I extends TopLevelItem> I add(I item) {
        if (itemsPut(item.getName(), item) != null) {
            throw new IllegalArgumentException("already an item '" + item.getName() + "' in " + getFullName());
        }
        return item;
    }
}
