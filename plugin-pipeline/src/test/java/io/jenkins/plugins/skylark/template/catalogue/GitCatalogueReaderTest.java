package io.jenkins.plugins.skylark.template.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Git catalogues read with JGit from real repositories (file:// URLs) at a tag, a branch or a commit id. */
public class GitCatalogueReaderTest {

    @TempDir
    Path temp;

    private CatalogueRepo repo;
    private GitCatalogueReader reader;
    private RevCommit first;
    private RevCommit second;

    @BeforeEach
    void repository() throws Exception {
        repo = CatalogueRepo.create(temp.resolve("upstream"));
        repo.template("hello", "1.0.0").write("README.md", "not a template\n").write("docs/notes.md", "neither\n");
        first = repo.commit("hello 1.0.0");
        repo.tag("v1");
        repo.template("hello", "2.0.0");
        second = repo.commit("hello 2.0.0");
        reader = new GitCatalogueReader(temp.resolve("cache"));
    }

    private LoadedCatalogue read(String ref, boolean fetch) {
        return reader.read(new GitCatalogueSpec("team", repo.url(), ref, null), null, fetch);
    }

    private static String version(LoadedCatalogue catalogue) {
        assertThat(catalogue.templates()).extracting(t -> t.descriptor().id()).containsExactly("hello");
        return catalogue.templates().get(0).descriptor().version();
    }

    @Test
    void shouldReadATagAtItsCommit() {
        LoadedCatalogue catalogue = read("v1", true);

        assertThat(catalogue.problems()).isEmpty();
        assertThat(version(catalogue)).isEqualTo("1.0.0");
        assertThat(catalogue.version()).isEqualTo(first.name());
        assertThat(catalogue.templates().get(0).catalogueVersion()).isEqualTo(first.name());
        assertThat(catalogue.templates().get(0).catalogueId()).isEqualTo("team");
        assertThat(new String(catalogue.icon("hello").orElseThrow(), StandardCharsets.UTF_8)).startsWith("<svg");
    }

    @Test
    void shouldReadABranchAtItsHead() {
        LoadedCatalogue catalogue = read("main", true);

        assertThat(version(catalogue)).isEqualTo("2.0.0");
        assertThat(catalogue.version()).isEqualTo(second.name());
    }

    @Test
    void shouldReadAFullOrAbbreviatedCommitId() {
        assertThat(version(read(first.name(), true))).isEqualTo("1.0.0");
        assertThat(version(read(first.name().substring(0, 10), true))).isEqualTo("1.0.0");
        assertThat(read(first.name().substring(0, 10), true).version()).isEqualTo(first.name());
    }

    @Test
    void shouldReadTheCommittedTreeNotAWorkTree() throws Exception {
        repo.template("hello", "9.9.9").write("extra/template.yaml", "broken: [");

        LoadedCatalogue catalogue = read("main", true);

        assertThat(version(catalogue)).isEqualTo("2.0.0");
        assertThat(catalogue.problems()).isEmpty();
        Path cache = temp.resolve("cache/team");
        assertThat(cache.resolve("HEAD")).exists();
        try (Stream<Path> files = Files.walk(cache)) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).doesNotContain("template.yaml", "echo.groovy");
        }
    }

    @Test
    void shouldRunJGitsAutomaticGcInTheFetchingThread() throws Exception {
        read("main", true);

        String config = Files.readString(temp.resolve("cache/team/config"));
        assertThat(config).as("a detached gc would keep working on the cache after the read answered")
                .containsPattern("(?si)\\[gc\\].*autodetach = false");
    }

    @Test
    void shouldNameFileFieldAndLineOfABrokenTemplateAndStillLoadTheOthers() throws Exception {
        repo.template("broken", "1.0.0").write("broken/template.yaml",
                TemplateText.descriptor("broken", "1.0.0").replace("version: 1.0.0", "version: one"));
        repo.template("unparsable", "1.0.0").write("unparsable/template.yaml", "id: unparsable\nname: [\n");
        repo.template("bad-example", "1.0.0").write("bad-example/template.yaml",
                TemplateText.descriptor("bad-example", "1.0.0").replace("values: {}", "values: {colour: red}"));
        repo.commit("three broken templates");

        LoadedCatalogue catalogue = read("main", true);

        assertThat(catalogue.templates()).extracting(t -> t.descriptor().id()).containsExactly("hello");
        assertThat(catalogue.problems()).hasSize(3);
        assertThat(catalogue.problems().get(0)).satisfies(p -> {
            assertThat(p.catalogueId()).isEqualTo("team");
            assertThat(p.file()).isEqualTo("bad-example/template.yaml");
            assertThat(p.field()).isEqualTo("examples[0]");
            assertThat(p.line()).isEqualTo(19);
            assertThat(p.message()).contains("example \"default\"", "colour");
        });
        assertThat(catalogue.problems().get(1)).isEqualTo(new CatalogueProblem("team", "broken/template.yaml", "version",
                2, "\"one\" does not match \\d+\\.\\d+\\.\\d+"));
        assertThat(catalogue.problems().get(2)).satisfies(p -> {
            assertThat(p.file()).isEqualTo("unparsable/template.yaml");
            assertThat(p.field()).isEmpty();
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).startsWith("is not valid YAML");
        });
    }

    @Test
    void shouldKeepTagsAndCommitsPinnedWhenTheRepositoryMovesAndFollowABranchOnlyOnAFetch() throws Exception {
        assertThat(read("v1", true).version()).isEqualTo(first.name());
        assertThat(read(first.name(), true).version()).isEqualTo(first.name());
        assertThat(read("main", true).version()).isEqualTo(second.name());

        repo.template("hello", "3.0.0");
        RevCommit third = repo.commit("hello 3.0.0");
        repo.moveTag("v1");

        assertThat(read("main", false).version()).as("no fetch: the cache").isEqualTo(second.name());
        LoadedCatalogue tag = read("v1", true);
        assertThat(tag.version()).isEqualTo(first.name());
        assertThat(version(tag)).isEqualTo("1.0.0");
        assertThat(tag.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("ref");
            assertThat(p.message()).contains("tag \"v1\" now names " + third.name(), "stays at", first.name());
        });
        assertThat(read(first.name(), true).version()).isEqualTo(first.name());
        LoadedCatalogue branch = read("main", true);
        assertThat(branch.version()).isEqualTo(third.name());
        assertThat(version(branch)).isEqualTo("3.0.0");
    }

    @Test
    void shouldNameAnUnknownRef() {
        LoadedCatalogue catalogue = read("no-such-ref", true);

        assertThat(catalogue.templates()).isEmpty();
        assertThat(catalogue.version()).isNull();
        assertThat(catalogue.problems()).containsExactly(new CatalogueProblem("team", "", "ref", 0,
                "\"no-such-ref\" is not a tag, branch or commit of " + repo.url()));
    }

    @Test
    void shouldReadFromTheCacheWhenTheServerIsGone() throws Exception {
        read("v1", true);
        repo.close();
        deleteTree(repo.dir());

        LoadedCatalogue catalogue = read("v1", true);

        assertThat(version(catalogue)).isEqualTo("1.0.0");
        assertThat(catalogue.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("url");
            assertThat(p.message()).startsWith("cannot fetch " + repo.url()).endsWith("read from the cache at " + first.name());
        });
        assertThat(read("v1", false).problems()).as("a start reads the cache without fetching").isEmpty();
    }

    @Test
    void shouldStartAFreshCacheWhenTheUrlChanges() throws Exception {
        read("v1", true);
        try (CatalogueRepo other = CatalogueRepo.create(temp.resolve("other"))) {
            other.template("other", "5.0.0");
            RevCommit commit = other.commit("other");
            other.tag("v1");

            LoadedCatalogue catalogue = reader.read(new GitCatalogueSpec("team", other.url(), "v1", null), null, false);

            assertThat(catalogue.templates()).extracting(t -> t.descriptor().id()).containsExactly("other");
            assertThat(catalogue.version()).isEqualTo(commit.name());
            assertThat(reader.read(new GitCatalogueSpec("team", other.url(), first.name(), null), null, false)
                    .problems()).as("the old repository's commits left with its cache")
                    .extracting(CatalogueProblem::field).containsExactly("ref");
        }
    }

    public static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
