package io.jenkins.plugins.skylark.template.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.web.ApiEndpoint;
import io.jenkins.plugins.skylark.web.ApiRequest;
import io.jenkins.plugins.skylark.web.ApiResponse;
import io.jenkins.plugins.skylark.web.FixedViewer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@code POST reload}: administrators only, checked before anything is fetched. */
class ReloadEndpointTest {

    private final AtomicInteger reloads = new AtomicInteger();
    private final CatalogueLibrary library = new CatalogueLibrary(List.of(
            LoadedCatalogue.failed("team", null, List.of(new CatalogueProblem("team", "", "ref", 0, "unknown ref")))));

    private ApiResponse ask(FixedViewer viewer, ApiRequest request) {
        return ApiEndpoint.answer(new ReloadEndpoint(viewer, () -> {
            reloads.incrementAndGet();
            return library;
        }), request, true);
    }

    @Test
    void shouldReloadForAnAdministratorAndAnswerWhatLoaded() {
        ApiResponse response = ask(FixedViewer.administrator(), ApiRequest.post("", Locale.ENGLISH));

        assertThat(response.status()).isEqualTo(200);
        assertThat(reloads).hasValue(1);
        assertThat(response.json()).isEqualTo("{\"catalogues\":[{\"id\":\"team\",\"version\":null,\"templates\":[]}],"
                + "\"problems\":[{\"catalogueId\":\"team\",\"file\":\"\",\"field\":\"ref\",\"line\":0,"
                + "\"message\":\"unknown ref\"}]}");
    }

    @Test
    void shouldRefuseOthersBeforeReloading() {
        ApiResponse english = ask(FixedViewer.reading("alice", "shop"), ApiRequest.post("", Locale.ENGLISH));
        ApiResponse chinese = ask(FixedViewer.reading("alice", "shop"), ApiRequest.post("", Locale.SIMPLIFIED_CHINESE));

        assertThat(english).isEqualTo(ApiResponse.error(403, "Only administrators may reload the template catalogues."));
        assertThat(chinese).isEqualTo(ApiResponse.error(403, "只有管理员可以重新加载模板目录。"));
        assertThat(reloads).hasValue(0);
    }

    @Test
    void shouldRefuseAGet() {
        ApiResponse response = ask(FixedViewer.administrator(), ApiRequest.get(Map.of(), Locale.ENGLISH));

        assertThat(response.status()).isEqualTo(405);
        assertThat(reloads).hasValue(0);
    }
}
