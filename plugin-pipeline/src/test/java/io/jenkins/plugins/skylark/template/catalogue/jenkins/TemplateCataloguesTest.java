package io.jenkins.plugins.skylark.template.catalogue.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.credentials.TestFileCredentials;
import io.jenkins.plugins.skylark.harness.credentials.TestStringCredentials;
import io.jenkins.plugins.skylark.harness.credentials.TestUsernamePasswordCredentials;
import io.jenkins.plugins.skylark.harness.persistence.SavedForm;
import io.jenkins.plugins.skylark.template.catalogue.CatalogueRepo;
import io.jenkins.plugins.skylark.template.catalogue.GitCatalogueReaderTest;
import io.jenkins.plugins.skylark.template.catalogue.TemplateLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The configured Git catalogues as Jenkins saves them, the library after a save and after a restart. */
class TemplateCataloguesTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @TempDir
    Path temp;

    private static GitCatalogueConfig catalogue(String id, String url, String ref) {
        return new GitCatalogueConfig(id, url, ref);
    }

    @Test
    void shouldLoadOnSaveAndReadTheCacheAfterARestartWithoutTheServer() throws Exception {
        String commit;
        String url;
        try (CatalogueRepo repo = CatalogueRepo.create(temp.resolve("repo"))) {
            repo.template("hello", "1.0.0");
            commit = repo.commit("hello").name();
            repo.tag("v1");
            url = repo.url();
            TemplateCatalogues.get().setCatalogues(List.of(catalogue("team", url, "v1")));

            TemplateLibrary library = TemplateCatalogues.library();
            assertThat(library.problems()).isEmpty();
            assertThat(library.find("team", "hello")).hasValueSatisfying(t -> assertThat(t.catalogueVersion())
                    .isEqualTo(commit));
            assertThat(jenkins.home().resolve("skylark-template-catalogues/team/HEAD")).exists();
        }
        GitCatalogueReaderTest.deleteTree(temp.resolve("repo"));
        Path stored = jenkins.home().resolve(TemplateCatalogues.class.getName() + ".xml");

        jenkins.restart();

        assertThat(Files.readString(stored)).contains("<id>team</id>", "<url>" + url + "</url>", "<ref>v1</ref>");
        assertThat(TemplateCatalogues.get().getCatalogues()).extracting(GitCatalogueConfig::getRef).containsExactly("v1");
        assertThat(TemplateCatalogues.library().problems()).isEmpty();
        assertThat(TemplateCatalogues.library().find("team", "hello")).isPresent();
        assertThat(TemplateCatalogues.get().reload().problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("cannot fetch " + url));
        assertThat(TemplateCatalogues.library().find("team", "hello")).as("kept from the cache").isPresent();
    }

    @Test
    void shouldKeepACatalogueThroughJenkinsXStream() {
        GitCatalogueConfig config = catalogue("team", "https://git.example.com/t.git", "v1");
        config.setCredentialsId("git-token");

        GitCatalogueConfig loaded = SavedForm.roundTrip(config);

        assertThat(loaded.toSpec()).isEqualTo(config.toSpec());
        assertThat(SavedForm.roundTrip(TemplateCatalogues.get()).getCatalogues()).isEmpty();
    }

    @Test
    void shouldRejectAnInvalidListNamingTheFieldsAndKeepThePreviousOne() {
        TemplateCatalogues.get().setCatalogues(List.of(catalogue("team", "https://git.invalid/t.git", "v1")));

        assertThatThrownBy(() -> TemplateCatalogues.get().setCatalogues(List.of(catalogue("team", "git@x:y.git", "v1"),
                catalogue("team", "https://git.invalid/u.git", "main"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("catalogues[0].url: \"git@x:y.git\" is not a supported URL")
                .hasMessageContaining("catalogues[1].id: Catalogue id \"team\" is used more than once.");
        assertThat(TemplateCatalogues.get().getCatalogues()).extracting(GitCatalogueConfig::getUrl)
                .containsExactly("https://git.invalid/t.git");
    }

    @Test
    void shouldSignInWithAUsernamePasswordOrATokenAndNameOtherKinds() {
        jenkins.credentials().addGlobal(new TestUsernamePasswordCredentials("login", "bob", "s3cret"));
        jenkins.credentials().addGlobal(new TestStringCredentials("token", "t0ken"));
        jenkins.credentials().addGlobal(new TestFileCredentials("file", "kubeconfig", new byte[0]));

        assertThat(GitLogins.of("login")).hasToString("GitLogin[bob, ****]");
        assertThat(GitLogins.of("token")).hasToString("GitLogin[x-token, ****]");
        assertThatThrownBy(() -> GitLogins.of("file")).hasMessage(
                "credential \"file\" is neither username with password nor secret text");
        assertThatThrownBy(() -> GitLogins.of("nope")).hasMessage("no global credential has the id \"nope\"");
    }
}
