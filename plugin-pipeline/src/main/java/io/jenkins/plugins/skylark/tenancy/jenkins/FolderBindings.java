package io.jenkins.plugins.skylark.tenancy.jenkins;

import com.cloudbees.hudson.plugins.folder.AbstractFolder;
import hudson.model.Item;
import hudson.model.ItemGroup;
import io.jenkins.plugins.skylark.tenancy.FolderBinding;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.Jenkins;

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

    /** Every folder the current user may read that is itself bound to a project, with its binding. */
    @SuppressWarnings("rawtypes")
    public static List<FolderBinding> boundFolders() {
        List<FolderBinding> bound = new ArrayList<>();
        for (AbstractFolder<?> folder : Jenkins.get().getAllItems(AbstractFolder.class)) {
            PlatformProjectProperty property = folder.getProperties().get(PlatformProjectProperty.class);
            if (property != null && property.getProjectId() != null && !property.getProjectId().isBlank()) {
                bound.add(new FolderBinding(folder.getFullName(), property.getProjectId()));
            }
        }
        return bound;
    }
}
