package io.jenkins.plugins.skylark.template.gallery.jenkins;

import com.cloudbees.hudson.plugins.folder.AbstractFolder;
import io.jenkins.plugins.skylark.template.gallery.GalleryScope;
import io.jenkins.plugins.skylark.web.jenkins.JenkinsViewer;

/** The gallery on a folder bound to a project: jobs go into that folder or its subfolders. */
public final class GalleryFolderAction extends GalleryAction {

    private final AbstractFolder<?> folder;

    GalleryFolderAction(AbstractFolder<?> folder) {
        this.folder = folder;
    }

    public AbstractFolder<?> getFolder() {
        return folder;
    }

    @Override
    GalleryScope scope() {
        return GalleryScope.folder(JenkinsViewer.current(), GalleryFolders.all(), folder.getFullName());
    }

    @Override
    public String getApiUrl() {
        return folder.getUrl() + URL_NAME;
    }
}
