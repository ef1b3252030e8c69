package io.jenkins.plugins.skylark.template.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Loads the whole library: the official catalogue (read once: it cannot change while the plugin is loaded)
 * and every Git catalogue, each on its own, so one unreachable server or broken catalogue leaves the others.
 */
public final class LibraryLoader {

    private final LoadedCatalogue official;
    private final GitCatalogueReader git;

    public LibraryLoader(LoadedCatalogue official, GitCatalogueReader git) {
        this.official = official;
        this.git = git;
    }

    /**
     * @param logins the login for a credentials id; throws {@link IllegalArgumentException} naming the problem
     *               when the credential is missing or of a kind Git cannot use
     * @param fetch  fetch every catalogue from its server (reload), or read the caches where they resolve
     */
    public CatalogueLibrary load(List<GitCatalogueSpec> specs, Function<String, GitLogin> logins, boolean fetch) {
        List<LoadedCatalogue> catalogues = new ArrayList<>();
        catalogues.add(official);
        for (GitCatalogueSpec spec : specs) {
            catalogues.add(loadOne(spec, logins, fetch));
        }
        return new CatalogueLibrary(catalogues);
    }

    private LoadedCatalogue loadOne(GitCatalogueSpec spec, Function<String, GitLogin> logins, boolean fetch) {
        List<CatalogueProblem> problems = new ArrayList<>();
        spec.problems(Locale.ROOT).forEach(p -> problems.add(
                new CatalogueProblem(spec.id() == null ? "" : spec.id(), "", p.field(), 0, p.message())));
        if (!problems.isEmpty()) {
            return LoadedCatalogue.failed(spec.id() == null ? "" : spec.id(), null, problems);
        }
        GitLogin login = null;
        if (spec.credentialsId() != null && !spec.credentialsId().isBlank()) {
            try {
                login = logins.apply(spec.credentialsId());
            } catch (IllegalArgumentException e) {
                problems.add(new CatalogueProblem(spec.id(), "", "credentialsId", 0, e.getMessage()));
            }
        }
        LoadedCatalogue loaded = git.read(spec, login, fetch);
        if (problems.isEmpty()) {
            return loaded;
        }
        problems.addAll(loaded.problems());
        return new LoadedCatalogue(loaded.id(), loaded.version(), loaded.templates(), loaded.icons(), problems);
    }
}
