package io.jenkins.plugins.skylark.template.gallery;

import io.jenkins.plugins.skylark.tenancy.FolderBinding;
import io.jenkins.plugins.skylark.web.ApiException;
import io.jenkins.plugins.skylark.web.Viewer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who looks at the gallery and from where: the root page (every bound folder) or a folder's page (that
 * folder and its subfolders).
 *
 * @param viewer  the user asking
 * @param folders every folder Jenkins shows the viewer, each with the project it is bound to, its own
 *                binding or the one it inherits from an enclosing folder ({@code null} when none)
 * @param folder  the folder whose page this is, or {@code null} on the root page
 */
public record GalleryScope(Viewer viewer, List<FolderBinding> folders, String folder) {

    public GalleryScope {
        folders = List.copyOf(folders);
    }

    public static GalleryScope root(Viewer viewer, List<FolderBinding> folders) {
        return new GalleryScope(viewer, folders, null);
    }

    public static GalleryScope folder(Viewer viewer, List<FolderBinding> folders, String folder) {
        return new GalleryScope(viewer, folders, folder);
    }

    /**
     * Refuses a viewer who may not see this gallery: on the root page one who reads no bound folder (an
     * administrator always may), on a folder's page one who may not read that folder (403), and a folder
     * that is not bound to a project (404).
     */
    public void checkMayView(Locale locale) {
        if (folder == null) {
            if (!viewer.isAdministrator() && folders.stream().noneMatch(this::readableAndBound)) {
                throw ApiException.forbidden(GalleryMessages.format(locale, "forbidden.root", viewer.name()));
            }
            return;
        }
        if (!viewer.isAdministrator() && !viewer.mayRead(folder)) {
            throw ApiException.forbidden(GalleryMessages.format(locale, "forbidden.folder", viewer.name(), folder));
        }
        if (binding(folder).filter(FolderBinding::isBound).isEmpty()) {
            throw ApiException.notFound(GalleryMessages.format(locale, "folder.notBound", folder));
        }
    }

    /** The folders of this page bound to a project in which the viewer may create jobs, by name. */
    public List<FolderBinding> creatableFolders() {
        return folders.stream().filter(FolderBinding::isBound).filter(this::inPage)
                .filter(f -> viewer.mayCreateIn(f.folderFullName()))
                .sorted(Comparator.comparing(FolderBinding::folderFullName)).toList();
    }

    /** The folder if the viewer may create a job in it from this page; otherwise a 403 naming it. */
    public FolderBinding creatableFolder(String name, Locale locale) {
        return creatableFolders().stream().filter(f -> f.folderFullName().equals(name)).findFirst()
                .orElseThrow(() -> ApiException.forbidden(GalleryMessages.format(locale, "forbidden.create",
                        viewer.name(), name)));
    }

    private Optional<FolderBinding> binding(String name) {
        return folders.stream().filter(f -> f.folderFullName().equals(name)).findFirst();
    }

    private boolean readableAndBound(FolderBinding f) {
        return f.isBound() && viewer.mayRead(f.folderFullName());
    }

    private boolean inPage(FolderBinding f) {
        return folder == null || f.folderFullName().equals(folder) || f.folderFullName().startsWith(folder + "/");
    }
}
