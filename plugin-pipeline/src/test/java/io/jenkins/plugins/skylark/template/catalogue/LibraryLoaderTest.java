package io.jenkins.plugins.skylark.template.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole library: official first, each Git catalogue on its own, field errors and credential problems named. */
class LibraryLoaderTest {

    @TempDir
    Path temp;

    @Test
    void shouldLoadOfficialFirstThenEachCatalogueOnItsOwn() throws Exception {
        try (CatalogueRepo repo = CatalogueRepo.create(temp.resolve("repo"))) {
            repo.template("hello", "1.0.0");
            String commit = repo.commit("hello").name();
            LoadedCatalogue official = new LoadedCatalogue("official", "1.0.0", List.of(), Map.of(), List.of());
            LibraryLoader loader = new LibraryLoader(official, new GitCatalogueReader(temp.resolve("cache")));

            CatalogueLibrary library = loader.load(List.of(
                    new GitCatalogueSpec("zeta", repo.url(), "main", "missing-credential"),
                    new GitCatalogueSpec("alpha", repo.url(), "main", null),
                    new GitCatalogueSpec("Bad", "ssh://git@example.com/x.git", "main", null)), id -> {
                        throw new IllegalArgumentException("no global credential has the id \"" + id + "\"");
                    }, true);

            assertThat(library.catalogues()).extracting(LoadedCatalogue::id).containsExactly("official", "Bad", "alpha",
                    "zeta");
            assertThat(library.templates()).extracting(t -> t.catalogueId() + "/" + t.descriptor().id() + "@"
                    + t.catalogueVersion()).containsExactly("alpha/hello@" + commit, "zeta/hello@" + commit);
            assertThat(library.find("zeta", "hello")).isPresent();
            assertThat(library.icon("alpha", "hello")).isPresent();
            assertThat(library.icon("official", "hello")).isEmpty();
            assertThat(library.problems()).extracting(p -> p.catalogueId() + " " + p.field() + ": " + p.message())
                    .containsExactly(
                            "Bad id: \"Bad\" is not a valid catalogue id: use lower-case letters, digits and dashes.",
                            "Bad url: \"ssh://git@example.com/x.git\" is not a supported URL: use https://… (or "
                                    + "http://, file:// for a local mirror); SSH is not supported.",
                            "zeta credentialsId: no global credential has the id \"missing-credential\"");
        }
    }

    @Test
    void shouldNameEveryRejectedFieldOfTheList() {
        List<GitCatalogueSpec.FieldProblem> problems = GitCatalogueSpec.problems(List.of(
                new GitCatalogueSpec("team", "https://git.example.com/t.git", "v1.0", null),
                new GitCatalogueSpec("team", "https://bob:secret@git.example.com/t.git", "main..x", null),
                new GitCatalogueSpec("official", null, " ", null)), java.util.Locale.ENGLISH);

        assertThat(problems).extracting(Object::toString).containsExactly(
                "catalogues[1].url: Do not put a password in the URL: choose a credential instead.",
                "catalogues[1].ref: \"main..x\" is not a tag, branch name or commit id.",
                "catalogues[1].id: Catalogue id \"team\" is used more than once.",
                "catalogues[2].id: \"official\" is the bundled catalogue's id; choose another.",
                "catalogues[2].url: A value is required.",
                "catalogues[2].ref: A value is required.");
    }
}
