package io.jenkins.plugins.skylark.platform.jenkins;

import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.skylark.credentials.jenkins.CredentialsField;
import io.jenkins.plugins.skylark.i18n.jenkins.ViewerLocale;
import io.jenkins.plugins.skylark.platform.CredentialKind;
import io.jenkins.plugins.skylark.platform.FieldCheck;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Turns the core's field checks and fixed choices into what the configuration form shows. */
final class FormFields {
    private FormFields() {
    }

    static FormValidation result(Optional<String> problem) {
        return problem.map(FormValidation::error).orElseGet(FormValidation::ok);
    }

    /**
     * A credentials field: a URL typed as id is an error that does not repeat it; otherwise the credential is looked
     * up in the form's context, where an unknown id or kind only warns (builds also look in their folders).
     */
    static FormValidation credentials(Item context, String value, Set<CredentialKind> accepted, boolean required) {
        Optional<String> syntax = FieldCheck.credentialsIdSyntax(value, ViewerLocale.get());
        return syntax.isPresent() ? result(syntax) : CredentialsField.check(context, value, accepted, required);
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
