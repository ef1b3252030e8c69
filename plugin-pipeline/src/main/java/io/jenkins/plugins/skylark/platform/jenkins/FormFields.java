package io.jenkins.plugins.skylark.platform.jenkins;

import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.skylark.i18n.jenkins.ViewerLocale;
import io.jenkins.plugins.skylark.platform.FieldCheck;
import java.util.List;
import java.util.Optional;

/** Turns the core's field checks and fixed choices into what the configuration form shows. */
final class FormFields {
    private FormFields() {
    }

    static FormValidation result(Optional<String> problem) {
        return problem.map(FormValidation::error).orElseGet(FormValidation::ok);
    }

    /** {@code values} as options; an optional field gets a first, empty option. */
    static ListBoxModel choices(List<String> values, boolean optional) {
        ListBoxModel model = new ListBoxModel();
        if (optional) {
            model.add(FieldCheck.none(ViewerLocale.get()), "");
        }
        values.forEach(model::add);
        return model;
    }
}
