package io.jenkins.plugins.skylark.metrics.page;

import io.jenkins.plugins.skylark.web.Viewer;
import java.util.Set;

/** Viewers of the metrics page tests: who reads which folders ({@code web.FixedViewer} is in another module's tests). */
record Viewers(String name, boolean isAdministrator, Set<String> readable) implements Viewer {

    static Viewer reading(String name, String... folders) {
        return new Viewers(name, false, Set.of(folders));
    }

    static Viewer administrator() {
        return new Viewers("admin", true, Set.of());
    }

    @Override
    public boolean mayRead(String itemFullName) {
        return isAdministrator || readable.contains(itemFullName);
    }

    @Override
    public boolean mayCreateIn(String folderFullName) {
        return false;
    }

    @Override
    public boolean mayConfigure(String itemFullName) {
        return false;
    }
}
