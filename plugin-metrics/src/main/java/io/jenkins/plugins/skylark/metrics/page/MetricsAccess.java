package io.jenkins.plugins.skylark.metrics.page;

import io.jenkins.plugins.skylark.metrics.store.ReportScope;
import io.jenkins.plugins.skylark.tenancy.FolderBinding;
import io.jenkins.plugins.skylark.tenancy.VisibleProjects;
import io.jenkins.plugins.skylark.web.ApiException;
import io.jenkins.plugins.skylark.web.Viewer;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which projects' events a viewer may see on one page. On the root page: the projects with a bound
 * folder the viewer may read, plus events recorded without a project for administrators. On a bound
 * folder's page: that folder's project only, when the viewer may read the folder.
 */
public final class MetricsAccess {

    private final Viewer viewer;
    private final Set<String> projects;
    private final FolderBinding folder;

    private MetricsAccess(Viewer viewer, Set<String> projects, FolderBinding folder) {
        this.viewer = viewer;
        this.projects = Collections.unmodifiableSet(new TreeSet<>(projects));
        this.folder = folder;
    }

    /** The root page: every project with a bound folder the viewer may read. */
    public static MetricsAccess root(Viewer viewer, Collection<FolderBinding> boundFolders) {
        return new MetricsAccess(viewer, VisibleProjects.of(viewer, boundFolders), null);
    }

    /** The page of a folder bound to a project. */
    public static MetricsAccess folder(Viewer viewer, FolderBinding folder) {
        if (!folder.isBound()) {
            throw new IllegalArgumentException("folder " + folder.folderFullName() + " is not bound to a project");
        }
        return new MetricsAccess(viewer, Set.of(folder.projectId()), folder);
    }

    /**
     * Refuses, before any field is parsed or data read, a viewer who may not read the page's folder or
     * the project asked for (a project that does not exist is refused alike, so none is revealed).
     */
    void check(Optional<String> project, Locale locale) {
        if (folder != null && !viewer.isAdministrator() && !viewer.mayRead(folder.folderFullName())) {
            throw ApiException.forbidden(PageMessages.format(locale, "folder.forbidden", folder.folderFullName()));
        }
        project = project.map(String::trim).filter(name -> !name.isEmpty());
        if (project.isPresent() && !projects.contains(project.get())) {
            throw ApiException.forbidden(PageMessages.format(locale, "project.forbidden", project.get()));
        }
    }

    /** The projects the viewer may choose from, in name order. */
    Set<String> projects() {
        return projects;
    }

    /** The page's folder, or {@code null} on the root page. */
    String folderName() {
        return folder == null ? null : folder.folderFullName();
    }

    /** Events without a project: administrators on the root page only. */
    boolean includesUnassigned() {
        return folder == null && viewer.isAdministrator();
    }

    /**
     * The scope of a request: one project when asked (403 when the viewer may not see it), else every
     * visible one.
     */
    ReportScope scope(Optional<String> project, String application, String environment, Locale locale) {
        check(project, locale);
        if (project.isEmpty()) {
            return new ReportScope(projects, includesUnassigned(), application, environment);
        }
        return new ReportScope(Set.of(project.get()), false, application, environment);
    }
}
