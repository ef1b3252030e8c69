package io.jenkins.plugins.skylark.template.job;

import io.jenkins.plugins.skylark.template.TemplateParameter;
import io.jenkins.plugins.skylark.template.catalogue.CatalogueTemplate;
import io.jenkins.plugins.skylark.template.catalogue.TemplateLibrary;
import io.jenkins.plugins.skylark.web.ApiEndpoint;
import io.jenkins.plugins.skylark.web.ApiException;
import io.jenkins.plugins.skylark.web.ApiResponse;
import io.jenkins.plugins.skylark.web.Viewer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The endpoints of a template job's page: {@code status} (GET, Item/Read: origin, newest version, state,
 * texts), {@code plan} (GET, Item/Configure: diff, added and removed fields), {@code update} and
 * {@code detach} (POST, Item/Configure). Permissions are checked before anything is read; an update is
 * applied only when the user confirmed the version they reviewed and the Jenkinsfile's sha-256 still
 * matches both the one they reviewed and the one the template rendered.
 */
public final class TemplateJobApi {

    private final Viewer viewer;
    private final TemplateJob job;
    private final TemplateLibrary library;

    public TemplateJobApi(Viewer viewer, TemplateJob job, TemplateLibrary library) {
        this.viewer = viewer;
        this.job = job;
        this.library = library;
    }

    public ApiEndpoint status() {
        return request -> {
            requireRead(request.locale());
            TemplateOrigin origin = origin(request.locale());
            UpdatePlan plan = plan(origin);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("job", job.fullName());
            answer.put("catalogueId", origin.catalogueId());
            answer.put("templateId", origin.templateId());
            answer.put("templateName", newest(origin).map(t -> t.descriptor().name().in(request.locale()))
                    .orElse(origin.templateId()));
            answer.put("version", origin.version());
            answer.put("newestVersion", plan.toVersion());
            answer.put("state", plan.state().name());
            answer.put("values", origin.values());
            answer.put("mayConfigure", viewer.mayConfigure(job.fullName()));
            answer.put("messages", Messages.pageTexts(request.locale()));
            return ApiResponse.ok(answer);
        };
    }

    public ApiEndpoint plan() {
        return request -> {
            requireConfigure(request.locale());
            TemplateOrigin origin = origin(request.locale());
            UpdatePlan plan = plan(origin);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("state", plan.state().name());
            answer.put("fromVersion", plan.fromVersion());
            answer.put("toVersion", plan.toVersion());
            answer.put("addedFields", added(origin, plan, request.locale()));
            answer.put("removedFields", plan.removedFields());
            answer.put("rejected", plan.rejected().stream()
                    .map(e -> Map.of("field", e.field(), "message", e.message(request.locale()))).toList());
            answer.put("diff", plan.diff());
            answer.put("sha256", ScriptHash.sha256(job.script()));
            return ApiResponse.ok(answer);
        };
    }

    public ApiEndpoint update() {
        return request -> {
            requireConfigure(request.locale());
            Map<String, Object> body = request.jsonBody();
            String toVersion = text(body, "toVersion", request.locale());
            String sha256 = text(body, "sha256", request.locale());
            TemplateOrigin origin = origin(request.locale());
            UpdatePlan plan = plan(origin);
            if (!plan.mayUpdate()) {
                throw new ApiException(409, Messages.format(request.locale(), "error.state." + plan.state().name()));
            }
            if (!plan.toVersion().equals(toVersion)) {
                throw new ApiException(409, Messages.format(request.locale(), "error.versionMoved", toVersion,
                        plan.toVersion()));
            }
            if (!sha256.equals(origin.jenkinsfileSha256()) || !write(sha256, plan)) {
                throw new ApiException(409, Messages.format(request.locale(), "error.scriptChanged"));
            }
            return ApiResponse.ok(Map.of("state", "UPDATED", "version", plan.toVersion()));
        };
    }

    public ApiEndpoint detach() {
        return request -> {
            requireConfigure(request.locale());
            origin(request.locale());
            try {
                job.detach();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot save " + job.fullName(), e);
            }
            return ApiResponse.ok(Map.of("state", "DETACHED"));
        };
    }

    private boolean write(String sha256, UpdatePlan plan) {
        try {
            return job.update(sha256, plan.script(), plan.origin());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + job.fullName(), e);
        }
    }

    private void requireRead(Locale locale) {
        if (!viewer.mayRead(job.fullName())) {
            throw ApiException.notFound(Messages.format(locale, "error.noJob", job.fullName()));
        }
    }

    private void requireConfigure(Locale locale) {
        requireRead(locale);
        if (!viewer.mayConfigure(job.fullName())) {
            throw ApiException.forbidden(Messages.format(locale, "error.configure", viewer.name(), job.fullName()));
        }
    }

    private TemplateOrigin origin(Locale locale) {
        return job.origin().orElseThrow(() -> ApiException.notFound(
                Messages.format(locale, "error.noOrigin", job.fullName())));
    }

    private Optional<CatalogueTemplate> newest(TemplateOrigin origin) {
        return library.find(origin.catalogueId(), origin.templateId());
    }

    private UpdatePlan plan(TemplateOrigin origin) {
        return UpdatePlanner.plan(origin, job.script(), newest(origin));
    }

    private List<Map<String, Object>> added(TemplateOrigin origin, UpdatePlan plan, Locale locale) {
        return plan.addedFields().entrySet().stream().map(field -> Map.<String, Object>of(
                "name", field.getKey(),
                "label", newest(origin).flatMap(t -> t.descriptor().parameter(field.getKey()))
                        .map(TemplateParameter::label).map(l -> l.in(locale)).orElse(field.getKey()),
                "value", field.getValue())).toList();
    }

    private static String text(Map<String, Object> body, String field, Locale locale) {
        if (body.get(field) instanceof String value && !value.isBlank()) {
            return value;
        }
        throw ApiException.badRequest(Messages.format(locale, "error.field", field));
    }
}
