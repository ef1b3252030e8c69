package io.jenkins.plugins.skylark.tenancy;

import io.jenkins.plugins.skylark.web.Viewer;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which projects a user of Skylark's pages may see: those with at least one bound folder the user may
 * read. An administrator sees every bound project.
 */
public final class VisibleProjects {

    private VisibleProjects() {
    }

    /**
     * @param boundFolders the folders bound to a project (each folder's own binding, not inherited)
     * @return the visible project ids, sorted
     */
    public static Set<String> of(Viewer viewer, Collection<FolderBinding> boundFolders) {
        Set<String> visible = new TreeSet<>();
        for (FolderBinding folder : boundFolders) {
            if (folder.isBound() && (viewer.isAdministrator() || viewer.mayRead(folder.folderFullName()))) {
                visible.add(folder.projectId());
            }
        }
        return visible;
    }
}
