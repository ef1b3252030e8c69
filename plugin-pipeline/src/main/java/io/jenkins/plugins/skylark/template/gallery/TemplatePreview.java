package io.jenkins.plugins.skylark.template.gallery;

import io.jenkins.plugins.skylark.template.InvalidValuesException;
import io.jenkins.plugins.skylark.template.RenderedJenkinsfile;
import io.jenkins.plugins.skylark.template.TemplateDescriptor;
import io.jenkins.plugins.skylark.template.TemplateEngine;
import io.jenkins.plugins.skylark.template.TemplateRenderException;
import io.jenkins.plugins.skylark.web.ApiException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the form shows beside itself: the engine's verdict on the values (each error naming its field,
 * in the viewer's language), the Jenkinsfile they render to and the stage graph they select.
 *
 * @param jenkinsfile the rendered Jenkinsfile, {@code null} while there are errors
 */
record TemplatePreview(boolean valid, List<FieldMessage> errors, String jenkinsfile, List<StageGraph.Stage> stages) {

    /** An error next to a field; {@code field} is the form field's name. */
    record FieldMessage(String field, String message) {
    }

    static TemplatePreview of(TemplateDescriptor template, Map<String, ?> values, Locale locale) {
        try {
            RenderedJenkinsfile rendered = render(template, values);
            return new TemplatePreview(true, List.of(), rendered.text(),
                    StageGraph.of(template, rendered.values().values(), locale));
        } catch (InvalidValuesException e) {
            return new TemplatePreview(false, messages(e, locale), null,
                    StageGraph.of(template, StageGraph.visibleValues(template, values), locale));
        }
    }

    /** Renders, turning a template defect (not the user's fault) into a 500 that names the template. */
    static RenderedJenkinsfile render(TemplateDescriptor template, Map<String, ?> values) {
        try {
            return TemplateEngine.render(template, values);
        } catch (TemplateRenderException e) {
            throw new ApiException(500, e.getMessage());
        }
    }

    static List<FieldMessage> messages(InvalidValuesException e, Locale locale) {
        return e.errors().stream().map(error -> new FieldMessage(error.field(), error.message(locale))).toList();
    }
}
