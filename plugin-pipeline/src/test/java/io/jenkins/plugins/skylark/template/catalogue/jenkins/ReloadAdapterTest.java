package io.jenkins.plugins.skylark.template.catalogue.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Item;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.template.catalogue.CatalogueRepo;
import io.jenkins.plugins.skylark.web.ApiEndpoint;
import io.jenkins.plugins.skylark.web.ApiRequest;
import io.jenkins.plugins.skylark.web.ApiResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST reload} as Jenkins users (the endpoint doReload serves): an administrator reloads, others get 403. */
class ReloadAdapterTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @TempDir
    Path temp;

    private static ApiResponse post() {
        return ApiEndpoint.answer(TemplateCatalogues.get().reloadEndpoint(), ApiRequest.post("", Locale.ENGLISH), true);
    }

    private static String helloVersion() {
        return TemplateCatalogues.library().find("team", "hello").orElseThrow().descriptor().version();
    }

    @Test
    void shouldReloadForAnAdministratorOnlyAndRefuseOthersBeforeFetching() throws Exception {
        try (CatalogueRepo repo = CatalogueRepo.create(temp.resolve("repo"))) {
            repo.template("hello", "1.0.0").commit("hello");
            TemplateCatalogues.get().setCatalogues(List.of(new GitCatalogueConfig("team", repo.url(), "main")));
            repo.template("hello", "2.0.0").commit("hello 2");
        }
        jenkins.secure().grant("admin", Jenkins.ADMINISTER).grant("dev", Item.READ, Item.CONFIGURE);

        ApiResponse refused;
        try (var ignored = jenkins.actAs("dev")) {
            refused = post();
        }
        assertThat(refused).isEqualTo(ApiResponse.error(403, "Only administrators may reload the template catalogues."));
        assertThat(helloVersion()).as("not reloaded").isEqualTo("1.0.0");

        ApiResponse reloaded;
        try (var ignored = jenkins.actAs("admin")) {
            reloaded = post();
        }
        assertThat(reloaded.status()).isEqualTo(200);
        assertThat(reloaded.json()).contains("{\"id\":\"team\"", "\"templates\":[\"hello\"]", "\"problems\":[]");
        assertThat(helloVersion()).isEqualTo("2.0.0");
    }
}
