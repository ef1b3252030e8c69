package io.jenkins.plugins.skylark.web;

import java.util.Set;

/** A viewer whose permissions are listed: items it may read, folders it may create in, items it may configure. */
public record FixedViewer(String name, boolean isAdministrator, Set<String> readable, Set<String> creatable,
        Set<String> configurable) implements Viewer {

    public static FixedViewer reading(String name, String... items) {
        return new FixedViewer(name, false, Set.of(items), Set.of(), Set.of());
    }

    public static FixedViewer administrator() {
        return new FixedViewer("admin", true, Set.of(), Set.of(), Set.of());
    }

    @Override
    public boolean mayRead(String itemFullName) {
        return isAdministrator || readable.contains(itemFullName);
    }

    @Override
    public boolean mayCreateIn(String folderFullName) {
        return isAdministrator || creatable.contains(folderFullName);
    }

    @Override
    public boolean mayConfigure(String itemFullName) {
        return isAdministrator || configurable.contains(itemFullName);
    }
}
