package io.jenkins.plugins.skylark.credentials.jenkins;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.model.Item;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.skylark.i18n.jenkins.ViewerLocale;
import io.jenkins.plugins.skylark.platform.CredentialKind;
import io.jenkins.plugins.skylark.platform.FieldCheck;
import io.jenkins.plugins.skylark.text.Blank;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * A form field naming a credential, as the credentials plugin's consumer guide has it: the select lists
 * the credentials of the accepted kinds in the form's context (a folder's own credentials when the form
 * belongs to a folder, Jenkins' otherwise), only to users who may configure that context; others see
 * only the current value, so saving keeps it without revealing what else exists.
 */
public final class CredentialsField {
    /** The Jenkins types of each kind: what {@code PlatformCredentials} resolves at build time. */
    private static final Map<CredentialKind, Class<? extends StandardCredentials>> TYPES = Map.of(
            CredentialKind.SECRET_TEXT, StringCredentials.class,
            CredentialKind.SECRET_FILE, FileCredentials.class,
            CredentialKind.USERNAME_PASSWORD, StandardUsernamePasswordCredentials.class);

    private CredentialsField() {
    }

    /**
     * The options of the select: {@code context} is the form's item ({@code null} on a global page),
     * {@code current} the field's value.
     */
    public static ListBoxModel fill(Item context, String current, Set<CredentialKind> accepted) {
        StandardListBoxModel result = new StandardListBoxModel();
        if (!mayList(context)) {
            return result.includeCurrentValue(current);
        }
        result.includeEmptyValue();
        CredentialsMatcher matcher = matcher(accepted);
        if (context == null) {
            result.includeMatchingAs(ACL.SYSTEM2, Jenkins.get(), StandardCredentials.class, List.of(), matcher);
        } else {
            result.includeMatchingAs(ACL.SYSTEM2, context, StandardCredentials.class, List.of(), matcher);
        }
        return result.includeCurrentValue(current);
    }

    /** Nothing to say to users who may not list credentials here (their answer would reveal which ids exist). */
    public static FormValidation check(Item context, String value, Set<CredentialKind> accepted, boolean required) {
        if (!mayList(context)) {
            return FormValidation.ok();
        }
        String id = Blank.strippedOrNull(value);
        Set<CredentialKind> found = id == null ? null : kindsOf(context, id);
        return FieldCheck.credentialsId(id, found, accepted, required, ViewerLocale.get())
                .map(FormValidation::warning).orElseGet(FormValidation::ok);
    }

    private static boolean mayList(Item context) {
        if (context == null) {
            return Jenkins.get().hasPermission(Jenkins.ADMINISTER);
        }
        return context.hasPermission(Item.EXTENDED_READ) || context.hasPermission(CredentialsProvider.USE_ITEM);
    }

    private static CredentialsMatcher matcher(Set<CredentialKind> accepted) {
        return CredentialsMatchers.anyOf(accepted.stream().map(kind -> CredentialsMatchers.instanceOf(TYPES.get(kind)))
                .toArray(CredentialsMatcher[]::new));
    }

    /** The kinds of the credential with this id in the context, {@code null} when there is none. */
    private static Set<CredentialKind> kindsOf(Item context, String id) {
        List<StandardCredentials> visible = context == null
                ? CredentialsProvider.lookupCredentialsInItemGroup(StandardCredentials.class, Jenkins.get(), ACL.SYSTEM2,
                        List.of())
                : CredentialsProvider.lookupCredentialsInItem(StandardCredentials.class, context, ACL.SYSTEM2, List.of());
        StandardCredentials credential = CredentialsMatchers.firstOrNull(visible, CredentialsMatchers.withId(id));
        if (credential == null) {
            return null;
        }
        Set<CredentialKind> kinds = EnumSet.noneOf(CredentialKind.class);
        TYPES.forEach((kind, type) -> {
            if (type.isInstance(credential)) {
                kinds.add(kind);
            }
        });
        return kinds;
    }
}
