package io.jenkins.plugins.skylark.template.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalogue on an HTTP server that wants a login: the credential reaches the server as basic authentication and
 * is written nowhere (not in the cache repository, not in a problem's message).
 */
class GitCatalogueLoginTest {
    private static final String PASSWORD = "pa55-w0rd-never-on-disk";

    @TempDir
    Path temp;

    private CatalogueRepo repo;

    @BeforeEach
    void repository() throws Exception {
        repo = CatalogueRepo.create(temp.resolve("upstream"));
        repo.template("hello", "1.0.0").commit("hello");
        repo.tag("v1");
    }

    private LoadedCatalogue read(DumbGitServer server, GitLogin login) {
        return new GitCatalogueReader(temp.resolve("cache"))
                .read(new GitCatalogueSpec("team", server.url(), "v1", "git-login"), login, true);
    }

    @Test
    void shouldSignInWithUsernameAndPassword() throws Exception {
        try (DumbGitServer server = new DumbGitServer(repo.dir(), "bob", PASSWORD)) {
            LoadedCatalogue catalogue = read(server, new GitLogin("bob", PASSWORD));

            assertThat(catalogue.problems()).isEmpty();
            assertThat(catalogue.templates()).extracting(t -> t.descriptor().id()).containsExactly("hello");
            assertThat(server.authorizations()).contains((String) null).anyMatch(a -> a != null && a.startsWith("Basic "));
        }
        assertThat(filesContaining(temp.resolve("cache"), PASSWORD)).isEmpty();
    }

    @Test
    void shouldSignInWithAToken() throws Exception {
        try (DumbGitServer server = new DumbGitServer(repo.dir(), GitLogin.TOKEN_USER, PASSWORD)) {
            LoadedCatalogue catalogue = read(server, GitLogin.token(PASSWORD));

            assertThat(catalogue.problems()).isEmpty();
            assertThat(catalogue.templates()).hasSize(1);
        }
    }

    @Test
    void shouldNameARefusedLoginWithoutTheSecret() throws Exception {
        try (DumbGitServer server = new DumbGitServer(repo.dir(), "bob", "another-password")) {
            LoadedCatalogue catalogue = read(server, new GitLogin("bob", PASSWORD));

            assertThat(catalogue.templates()).isEmpty();
            assertThat(catalogue.problems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("url");
                assertThat(p.message()).startsWith("cannot fetch " + server.url()).containsIgnoringCase("not authorized")
                        .doesNotContain(PASSWORD);
            });
        }
        assertThat(filesContaining(temp.resolve("cache"), PASSWORD)).isEmpty();
    }

    @Test
    void shouldNotBeReadWithoutALogin() throws Exception {
        try (DumbGitServer server = new DumbGitServer(repo.dir(), "bob", PASSWORD)) {
            LoadedCatalogue catalogue = read(server, null);

            assertThat(catalogue.templates()).isEmpty();
            assertThat(catalogue.problems()).extracting(CatalogueProblem::field).containsExactly("url");
        }
    }

    private static Stream<Path> filesContaining(Path dir, String secret) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                try {
                    return new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1).contains(secret);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList().stream();
        }
    }
}
