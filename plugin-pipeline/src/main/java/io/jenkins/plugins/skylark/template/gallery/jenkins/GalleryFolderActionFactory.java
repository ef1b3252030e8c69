package io.jenkins.plugins.skylark.template.gallery.jenkins;

import com.cloudbees.hudson.plugins.folder.AbstractFolder;
import hudson.Extension;
import hudson.model.Action;
import java.util.Collection;
import java.util.List;
import jenkins.model.TransientActionFactory;

/** Adds the gallery to the side panel of every folder bound to a project (itself or through an enclosing folder). */
@Extension
@SuppressWarnings("rawtypes")
public final class GalleryFolderActionFactory extends TransientActionFactory<AbstractFolder> {

    @Override
    public Class<AbstractFolder> type() {
        return AbstractFolder.class;
    }

    @Override
    public Class<? extends Action> actionType() {
        return GalleryFolderAction.class;
    }

    @Override
    public Collection<? extends Action> createFor(AbstractFolder target) {
        AbstractFolder<?> folder = target;
        return GalleryFolders.project(folder) == null ? List.of() : List.of(new GalleryFolderAction(folder));
    }
}
