package io.jenkins.plugins.skylark.template.gallery;

import io.jenkins.plugins.skylark.template.catalogue.CatalogueTemplate;
import io.jenkins.plugins.skylark.template.catalogue.TemplateLibrary;
import io.jenkins.plugins.skylark.web.ApiEndpoint;
import io.jenkins.plugins.skylark.web.ApiException;
import io.jenkins.plugins.skylark.web.ApiRequest;
import io.jenkins.plugins.skylark.web.ApiResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The gallery's endpoints for one viewer on one page. Each checks that the viewer may see the gallery
 * before reading anything ({@link GalleryScope#checkMayView}).
 *
 * <ul>
 *   <li>{@code templates} (GET, {@code q}): the page's texts, the catalogue by category, load problems
 *       (administrators), whether the viewer may create a job anywhere on this page</li>
 *   <li>{@code form} (GET, {@code catalogue}, {@code template}): the template's form</li>
 *   <li>{@code preview} (POST {@code {catalogue, template, values}}): field errors, Jenkinsfile, stage graph</li>
 *   <li>{@code folders} (GET): folders bound to a project the viewer may create jobs in</li>
 *   <li>{@code create} (POST {@code {catalogue, template, folder, name, values}}): see {@link JobCreation}</li>
 * </ul>
 */
public final class TemplateGallery {

    /** A folder the job may be created in, and the project it acts for. */
    record FolderChoice(String folder, String project) {
    }

    private final TemplateLibrary library;
    private final JobFactory jobs;
    private final GalleryScope scope;

    public TemplateGallery(TemplateLibrary library, JobFactory jobs, GalleryScope scope) {
        this.library = library;
        this.jobs = jobs;
        this.scope = scope;
    }

    public ApiEndpoint templates() {
        return request -> {
            scope.checkMayView(request.locale());
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("messages", GalleryMessages.page(request.locale()));
            answer.put("folder", scope.folder());
            answer.put("query", request.param("q", ""));
            answer.put("categories", CatalogueListing.categories(library, request.param("q", ""), request.locale()));
            answer.put("problems", CatalogueListing.problems(library, scope.viewer().isAdministrator()));
            answer.put("canCreate", !scope.creatableFolders().isEmpty());
            return ApiResponse.ok(answer);
        };
    }

    public ApiEndpoint form() {
        return request -> {
            scope.checkMayView(request.locale());
            CatalogueTemplate template = find(request.param("catalogue", ""), request.param("template", ""),
                    request.locale());
            return ApiResponse.ok(FormDefinition.of(template, request.locale()));
        };
    }

    public ApiEndpoint preview() {
        return request -> {
            scope.checkMayView(request.locale());
            Map<String, Object> body = request.jsonBody();
            CatalogueTemplate template = find(body, request.locale());
            return ApiResponse.ok(TemplatePreview.of(template.descriptor(), values(body), request.locale()));
        };
    }

    public ApiEndpoint folders() {
        return request -> {
            scope.checkMayView(request.locale());
            return ApiResponse.ok(Map.of("folders", scope.creatableFolders().stream()
                    .map(f -> new FolderChoice(f.folderFullName(), f.projectId())).toList()));
        };
    }

    public ApiEndpoint create() {
        return request -> {
            scope.checkMayView(request.locale());
            Map<String, Object> body = request.jsonBody();
            String folder = scope.creatableFolder(text(body, "folder"), request.locale()).folderFullName();
            CatalogueTemplate template = find(body, request.locale());
            return new JobCreation(jobs, request.locale()).create(folder, text(body, "name"), template, values(body));
        };
    }

    /** The template's icon, for a viewer who may see the gallery. */
    public Optional<GalleryIcon> icon(ApiRequest request) {
        scope.checkMayView(request.locale());
        return library.icon(request.param("catalogue", ""), request.param("template", "")).map(GalleryIcon::of);
    }

    private CatalogueTemplate find(Map<String, Object> body, Locale locale) {
        return find(text(body, "catalogue"), text(body, "template"), locale);
    }

    private CatalogueTemplate find(String catalogue, String id, Locale locale) {
        return library.find(catalogue, id).orElseThrow(() -> ApiException.notFound(
                GalleryMessages.format(locale, "template.notFound", catalogue, id)));
    }

    private static String text(Map<String, Object> body, String field) {
        return body.get(field) instanceof String s ? s : "";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> values(Map<String, Object> body) {
        Object values = body.getOrDefault("values", Map.of());
        if (!(values instanceof Map<?, ?>)) {
            throw ApiException.badRequest("'values' must be a JSON object of field values");
        }
        return (Map<String, Object>) values;
    }
}
