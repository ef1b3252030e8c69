package io.jenkins.plugins.skylark.template.gallery;

import io.jenkins.plugins.skylark.template.InvalidValuesException;
import io.jenkins.plugins.skylark.template.RenderedJenkinsfile;
import io.jenkins.plugins.skylark.template.catalogue.CatalogueTemplate;
import io.jenkins.plugins.skylark.web.ApiException;
import io.jenkins.plugins.skylark.web.ApiResponse;
import io.jenkins.plugins.skylark.web.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Creates a job from a template once the folder is known to be allowed: checks the job name and every
 * value first (all errors at once, each naming its field: {@code 400 {"error", "errors": [{field,
 * message}]}}), and only then asks the {@link JobFactory}.
 */
final class JobCreation {

    /** The field name under which job-name errors are reported. */
    static final String NAME_FIELD = "name";
    /** Characters Jenkins refuses in item names ({@code Jenkins.checkGoodName}). */
    private static final Pattern UNSAFE = Pattern.compile("[?*/\\\\%!@#$^&|<>\\[\\]:;]");

    private final JobFactory jobs;
    private final Locale locale;

    JobCreation(JobFactory jobs, Locale locale) {
        this.jobs = jobs;
        this.locale = locale;
    }

    ApiResponse create(String folder, String name, CatalogueTemplate template, Map<String, ?> values) {
        List<TemplatePreview.FieldMessage> errors = new ArrayList<>();
        nameError(name).ifPresent(errors::add);
        RenderedJenkinsfile rendered = null;
        try {
            rendered = TemplatePreview.render(template.descriptor(), values);
        } catch (InvalidValuesException e) {
            errors.addAll(TemplatePreview.messages(e, locale));
        }
        if (!errors.isEmpty()) {
            return invalid(errors);
        }
        try {
            String url = jobs.create(folder, name.strip(), template, rendered);
            return ApiResponse.ok(Map.of("url", url, "folder", folder, "name", name.strip()));
        } catch (IllegalArgumentException e) {
            return invalid(List.of(new TemplatePreview.FieldMessage(NAME_FIELD, e.getMessage())));
        } catch (IOException e) {
            throw new ApiException(500, GalleryMessages.format(locale, "create.failed", folder + "/" + name,
                    e.getMessage()));
        }
    }

    private Optional<TemplatePreview.FieldMessage> nameError(String name) {
        String stripped = name == null ? "" : name.strip();
        String key = stripped.isEmpty() ? "name.required"
                : UNSAFE.matcher(stripped).find() || ".".equals(stripped) || "..".equals(stripped) ? "name.invalid"
                : null;
        return Optional.ofNullable(key)
                .map(k -> new TemplatePreview.FieldMessage(NAME_FIELD, GalleryMessages.format(locale, k, stripped)));
    }

    private ApiResponse invalid(List<TemplatePreview.FieldMessage> errors) {
        return new ApiResponse(400, Json.write(Map.of("error", GalleryMessages.format(locale, "create.invalid"),
                "errors", errors)));
    }
}
