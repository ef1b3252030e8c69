package io.jenkins.plugins.skylark.template.catalogue;

import io.jenkins.plugins.skylark.web.ApiEndpoint;
import io.jenkins.plugins.skylark.web.ApiException;
import io.jenkins.plugins.skylark.web.ApiRequest;
import io.jenkins.plugins.skylark.web.ApiResponse;
import io.jenkins.plugins.skylark.web.Viewer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code POST reload}: fetches every Git catalogue again and answers what loaded. Administrators only: a
 * reload reaches out to the configured servers with their credentials.
 */
public final class ReloadEndpoint implements ApiEndpoint {

    private final Viewer viewer;
    private final Supplier<CatalogueLibrary> reload;

    public ReloadEndpoint(Viewer viewer, Supplier<CatalogueLibrary> reload) {
        this.viewer = viewer;
        this.reload = reload;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        if (!viewer.isAdministrator()) {
            throw ApiException.forbidden(CatalogueMessages.format(request.locale(), "reload.forbidden"));
        }
        return ApiResponse.ok(summary(reload.get()));
    }

    /** Per catalogue its version and template ids, and every problem. */
    public static Map<String, Object> summary(CatalogueLibrary library) {
        List<Map<String, Object>> catalogues = library.catalogues().stream().map(c -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", c.id());
            entry.put("version", c.version());
            entry.put("templates", c.templates().stream().map(t -> t.descriptor().id()).toList());
            return entry;
        }).toList();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("catalogues", catalogues);
        answer.put("problems", library.problems());
        return answer;
    }
}
