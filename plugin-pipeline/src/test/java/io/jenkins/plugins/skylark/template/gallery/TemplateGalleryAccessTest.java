package io.jenkins.plugins.skylark.template.gallery;

import static io.jenkins.plugins.skylark.template.gallery.GalleryCalls.get;
import static io.jenkins.plugins.skylark.template.gallery.GalleryCalls.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.skylark.web.ApiRequest;
import io.jenkins.plugins.skylark.web.ApiException;
import io.jenkins.plugins.skylark.web.FixedViewer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may see the gallery, which folders a viewer may create jobs in, and that refusals change nothing. */
class TemplateGalleryAccessTest {

    /** Reads shop and bank, may create jobs in shop/backend, bank and the unbound loose. */
    private static final FixedViewer DEVELOPER = new FixedViewer("dev", false, Set.of("shop", "shop/backend", "bank"),
            Set.of("shop/backend", "bank", "loose"), Set.of());
    private static final FixedViewer OUTSIDER = FixedViewer.reading("visitor", "loose");

    private final GalleryFixtures.RecordingJobs jobs = new GalleryFixtures.RecordingJobs();

    @Test
    void shouldListOnlyBoundFoldersTheViewerMayCreateJobsIn() {
        assertThat(get(root(DEVELOPER).folders(), Map.of(), Locale.ENGLISH).json().get("folders")
                .findValuesAsText("folder")).containsExactly("bank", "shop/backend");
    }

    @Test
    void shouldListOnlyTheFolderAndItsSubfoldersOnAFoldersPage() {
        TemplateGallery shop = gallery(GalleryScope.folder(DEVELOPER, GalleryFixtures.FOLDERS, "shop"));

        assertThat(get(shop.folders(), Map.of(), Locale.ENGLISH).json().get("folders")
                .findValuesAsText("folder")).containsExactly("shop/backend");
    }

    @Test
    void shouldRefuseWith403AViewerWhoReadsNoBoundFolderBeforeReadingTheCatalogue() {
        TemplateGallery gallery = root(OUTSIDER);

        GalleryCalls.Answer answer = get(gallery.templates(), Map.of(), Locale.ENGLISH);

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().get("error").asText()).startsWith("visitor may not use the template gallery");
        assertThat(get(gallery.form(), Map.of("catalogue", "official", "template", "web-service"),
                Locale.ENGLISH).status()).isEqualTo(403);
        assertThat(get(gallery.folders(), Map.of(), Locale.ENGLISH).status()).isEqualTo(403);
        assertThat(post(gallery.preview(), Map.of("catalogue", "official", "template", "web-service"),
                Locale.ENGLISH).status()).isEqualTo(403);
        assertThat(post(gallery.create(), creation("shop/backend", "orders"), Locale.ENGLISH).status()).isEqualTo(403);
        assertThatThrownBy(() -> gallery.icon(ApiRequest.get(Map.of("catalogue", "official", "template",
                "web-service"), Locale.ENGLISH))).isInstanceOf(ApiException.class).hasMessageContaining("visitor");
        assertThat(jobs.calls).isEmpty();
    }

    @Test
    void shouldRefuseAFolderPageToAViewerWhoMayNotReadTheFolderAndAnUnboundFolderWith404() {
        GalleryScope bank = GalleryScope.folder(FixedViewer.reading("dev", "shop"), GalleryFixtures.FOLDERS, "bank");
        GalleryScope loose = GalleryScope.folder(FixedViewer.administrator(), GalleryFixtures.FOLDERS, "loose");

        assertThat(get(gallery(bank).templates(), Map.of(), Locale.ENGLISH).status()).isEqualTo(403);
        assertThat(get(gallery(loose).templates(), Map.of(), Locale.ENGLISH).json().get("error").asText())
                .isEqualTo("Folder loose is not bound to a project");
    }

    @Test
    void shouldRefuseToCreateInAFolderTheViewerMayNotCreateIn() {
        GalleryCalls.Answer answer = post(root(DEVELOPER).create(), creation("shop", "orders"), Locale.ENGLISH);

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().get("error").asText()).startsWith("dev may not create jobs in folder 'shop'");
        assertThat(jobs.calls).isEmpty();
    }

    @Test
    void shouldRefuseToCreateInAFolderNotBoundToAProjectEvenWithCreatePermission() {
        assertThat(post(root(DEVELOPER).create(), creation("loose", "orders"), Locale.ENGLISH).status()).isEqualTo(403);
        assertThat(jobs.calls).isEmpty();
    }

    @Test
    void shouldRefuseToCreateOutsideTheFolderWhosePageItIs() {
        TemplateGallery shop = gallery(GalleryScope.folder(DEVELOPER, GalleryFixtures.FOLDERS, "shop"));

        assertThat(post(shop.create(), creation("bank", "orders"), Locale.ENGLISH).status()).isEqualTo(403);
        assertThat(jobs.calls).isEmpty();
    }

    static Map<String, Object> creation(String folder, String name) {
        return Map.of("catalogue", "official", "template", "web-service", "folder", folder, "name", name,
                "values", Map.of("application", "orders"));
    }

    private TemplateGallery root(FixedViewer viewer) {
        return gallery(GalleryScope.root(viewer, GalleryFixtures.FOLDERS));
    }

    private TemplateGallery gallery(GalleryScope scope) {
        return new TemplateGallery(GalleryFixtures.library(), jobs, scope);
    }
}
