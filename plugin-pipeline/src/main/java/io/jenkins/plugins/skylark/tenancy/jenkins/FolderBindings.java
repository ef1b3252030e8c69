package io.jenkins.plugins.skylark.tenancy.jenkins;

import com.cloudbees.hudson.plugins.folder.AbstractFolder;
import hudson.model.Item;
import hudson.model.ItemGroup;
import io.jenkins.plugins.skylark.tenancy.FolderBinding;
import java.util.ArrayList;
import java.util.List;

/** Reads the folders enclosing an item, innermost first, with the project each is bound to. */
public final class FolderBindings {
    private FolderBindings() {
    }

    public static List<FolderBinding> of(Item item) {
        List<FolderBinding> bindings = new ArrayList<>();
        for (ItemGroup<?> group = item.getParent(); group instanceof AbstractFolder<?> folder; group = folder.getParent()) {
            PlatformProjectProperty property = folder.getProperties().get(PlatformProjectProperty.class);
            bindings.add(new FolderBinding(folder.getFullName(), property == null ? null : property.getProjectId()));
        }
        return bindings;
    }
}
