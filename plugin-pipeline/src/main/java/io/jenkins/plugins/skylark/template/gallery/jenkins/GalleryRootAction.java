package io.jenkins.plugins.skylark.template.gallery.jenkins;

import hudson.Extension;
import hudson.model.RootAction;
import io.jenkins.plugins.skylark.template.gallery.GalleryScope;

/** {@code /skylark-templates}: the gallery over every folder bound to a project, linked from Jenkins' side panel. */
@Extension
public final class GalleryRootAction extends GalleryAction implements RootAction {

    @Override
    GalleryScope scope() {
        return rootScope();
    }

    @Override
    public String getApiUrl() {
        return URL_NAME;
    }
}
