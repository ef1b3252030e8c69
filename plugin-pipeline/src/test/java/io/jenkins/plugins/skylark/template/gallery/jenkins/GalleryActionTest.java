package io.jenkins.plugins.skylark.template.gallery.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Item;
import hudson.security.ACLContext;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.tenancy.jenkins.PlatformProjectProperty;
import io.jenkins.plugins.skylark.web.ApiEndpoint;
import io.jenkins.plugins.skylark.web.ApiRequest;
import io.jenkins.plugins.skylark.web.ApiResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The gallery's actions as Jenkins users see them: Jenkins' permissions and folder bindings decide. */
class GalleryActionTest {

    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @BeforeEach
    void bindFolders() throws IOException {
        jenkins.folder("shop").addProperty(new PlatformProjectProperty("shop"));
        jenkins.folder("shop/backend");
        jenkins.folder("loose");
        jenkins.secure().grantOn("loose", "visitor", Item.READ)
                .grantOn("shop", "dev", Item.READ).grantOn("shop/backend", "dev", Item.CREATE);
    }

    @Test
    void shouldAnswer403AndNoCatalogueToAUserWhoReadsNoBoundFolder() {
        try (ACLContext ignored = jenkins.actAs("visitor")) {
            ApiResponse answer = call(new GalleryRootAction().gallery().templates());

            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.json()).contains("visitor may not use the template gallery").doesNotContain("categories");
        }
    }

    @Test
    void shouldOfferTheBoundFoldersAUserMayCreateJobsIn() {
        try (ACLContext ignored = jenkins.actAs("dev")) {
            ApiResponse answer = call(new GalleryRootAction().gallery().folders());

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json()).isEqualTo("{\"folders\":[{\"folder\":\"shop/backend\",\"project\":\"shop\"}]}");
        }
    }

    @Test
    void shouldAddTheGalleryToBoundFoldersAndTheirSubfoldersOnly() {
        GalleryFolderActionFactory factory = new GalleryFolderActionFactory();

        assertThat(factory.createFor(jenkins.folder("shop/backend"))).singleElement()
                .extracting(a -> ((GalleryFolderAction) a).getApiUrl()).isEqualTo("job/shop/job/backend/skylark-templates");
        assertThat(factory.createFor(jenkins.folder("loose"))).isEmpty();
    }

    @Test
    void shouldRefuseTheFolderPageToAUserWhoMayNotReadTheFolder() {
        GalleryFolderAction shop = new GalleryFolderAction(jenkins.folder("shop"));

        try (ACLContext ignored = jenkins.actAs("visitor")) {
            assertThat(call(shop.gallery().templates()).status()).isEqualTo(403);
        }
    }

    private static ApiResponse call(ApiEndpoint endpoint) {
        return ApiEndpoint.answer(endpoint, ApiRequest.get(Map.of(), Locale.ENGLISH), false);
    }
}
