package io.jenkins.plugins.skylark.platform.page;

import io.jenkins.plugins.skylark.platform.InvalidPlatformModelException;
import io.jenkins.plugins.skylark.platform.ValidationProblem;
import io.jenkins.plugins.skylark.tenancy.FolderBinding;
import io.jenkins.plugins.skylark.web.ApiEndpoint;
import io.jenkins.plugins.skylark.web.ApiException;
import io.jenkins.plugins.skylark.web.ApiResponse;
import io.jenkins.plugins.skylark.web.Json;
import io.jenkins.plugins.skylark.web.Viewer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The endpoints of the platform page, administrators only: {@link #model()} (GET) lists every kind's rows
 * with the dialogs' fields and texts, {@link #save()} (POST) adds, changes or removes one object,
 * {@link #testConnection(ObjectKind)} (POST) reaches a saved cluster or registry from the controller.
 */
public final class PlatformPage {
    private final Supplier<Viewer> viewer;
    private final PlatformStore store;
    private final Supplier<List<FolderBinding>> folders;
    private final ConnectionTests connections;

    /**
     * @param folders the folders bound to projects (where each project's jobs are)
     */
    public PlatformPage(Supplier<Viewer> viewer, PlatformStore store, Supplier<List<FolderBinding>> folders,
            ConnectionTests connections) {
        this.viewer = viewer;
        this.store = store;
        this.folders = folders;
        this.connections = connections;
    }

    public ApiEndpoint model() {
        return request -> {
            requireAdministrator(request.locale());
            return ApiResponse.ok(model(request.locale()));
        };
    }

    public ApiEndpoint save() {
        return request -> {
            requireAdministrator(request.locale());
            try {
                ObjectChange change = ChangeRequest.parse(request.jsonBody(), request.locale());
                requireExisting(change, request.locale());
                store.apply(change, request.locale());
            } catch (InvalidPlatformModelException e) {
                return rejected(e.getProblems(), request.locale());
            }
            return ApiResponse.ok(model(request.locale()));
        };
    }

    /** Tests the saved object named by the body's {@code id}: a cluster's API server or a registry's {@code /v2/}. */
    public ApiEndpoint testConnection(ObjectKind kind) {
        return request -> {
            requireAdministrator(request.locale());
            String id = String.valueOf(request.jsonBody().getOrDefault("id", ""));
            ConnectionResult result = switch (kind) {
                case CLUSTER -> connections.cluster(store.model().cluster(id)
                        .orElseThrow(() -> notFound(kind, id, request.locale())), store.model(), request.locale());
                case REGISTRY -> connections.registry(store.model().registry(id)
                        .orElseThrow(() -> notFound(kind, id, request.locale())), request.locale());
                default -> throw ApiException.badRequest(kind.userName());
            };
            return ApiResponse.ok(result);
        };
    }

    private Map<String, Object> model(Locale locale) {
        Map<String, Object> model = new LinkedHashMap<>();
        Map<String, Object> kinds = new LinkedHashMap<>();
        for (ObjectKind kind : ObjectKind.values()) {
            kinds.put(kind.userName(), Map.of("fields", kind.fields(), "rows", rows(kind)));
        }
        model.put("kinds", kinds);
        model.put("messages", PageMessages.forScript(locale));
        return model;
    }

    private List<Map<String, Object>> rows(ObjectKind kind) {
        List<Map<String, Object>> rows = store.rows(kind);
        if (kind != ObjectKind.PROJECT) {
            return rows;
        }
        List<FolderBinding> bound = folders.get();
        List<Map<String, Object>> withFolders = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> copy = new LinkedHashMap<>(row);
            copy.put("folders", bound.stream().filter(binding -> binding.projectId().equals(row.get("id")))
                    .map(FolderBinding::folderFullName).sorted().toList());
            withFolders.add(copy);
        }
        return withFolders;
    }

    private void requireAdministrator(Locale locale) {
        if (!viewer.get().isAdministrator()) {
            throw ApiException.forbidden(PageMessages.get(locale, "error.notAdministrator", viewer.get().name()));
        }
    }

    private void requireExisting(ObjectChange change, Locale locale) {
        if (change.action() == ObjectChange.Action.ADD) {
            return;
        }
        boolean exists = store.rows(change.kind()).stream().anyMatch(row -> change.id().equals(row.get("id"))
                && (!change.kind().inProject() || change.projectId().equals(row.get("projectId"))));
        if (!exists) {
            throw notFound(change.kind(), change.kind().qualifiedId(change.projectId(), change.id()), locale);
        }
    }

    private static ApiException notFound(ObjectKind kind, String id, Locale locale) {
        return ApiException.notFound(PageMessages.get(locale, "error.notFound",
                PageMessages.get(locale, "js.kind." + kind.userName()), id));
    }

    /** 400 with every problem: {@code kind}, {@code id}, {@code field} and {@code message} each. */
    static ApiResponse rejected(List<ValidationProblem> problems, Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", PageMessages.get(locale, "error.rejected", problems.size()));
        body.put("problems", problems.stream().map(problem -> Map.of("kind", problem.objectKind(),
                "id", problem.objectId(), "field", problem.field(), "message", problem.message())).toList());
        return new ApiResponse(400, Json.write(body));
    }
}
