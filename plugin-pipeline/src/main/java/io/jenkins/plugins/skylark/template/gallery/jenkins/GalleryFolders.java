package io.jenkins.plugins.skylark.template.gallery.jenkins;

import com.cloudbees.hudson.plugins.folder.AbstractFolder;
import io.jenkins.plugins.skylark.tenancy.FolderBinding;
import io.jenkins.plugins.skylark.tenancy.jenkins.FolderBindings;
import io.jenkins.plugins.skylark.tenancy.jenkins.PlatformProjectProperty;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.Jenkins;

/** Every folder the current user may read, with the project it is bound to, its own binding or an enclosing folder's. */
final class GalleryFolders {

    private GalleryFolders() {
    }

    @SuppressWarnings("rawtypes")
    static List<FolderBinding> all() {
        List<FolderBinding> folders = new ArrayList<>();
        for (AbstractFolder<?> folder : Jenkins.get().getAllItems(AbstractFolder.class)) {
            folders.add(new FolderBinding(folder.getFullName(), project(folder)));
        }
        return folders;
    }

    /** The folder's project, or {@code null} when neither it nor an enclosing folder is bound. */
    static String project(AbstractFolder<?> folder) {
        PlatformProjectProperty own = folder.getProperties().get(PlatformProjectProperty.class);
        if (own != null && own.getProjectId() != null && !own.getProjectId().isBlank()) {
            return own.getProjectId();
        }
        return FolderBindings.of(folder).stream().filter(FolderBinding::isBound).map(FolderBinding::projectId)
                .findFirst().orElse(null);
    }
}
