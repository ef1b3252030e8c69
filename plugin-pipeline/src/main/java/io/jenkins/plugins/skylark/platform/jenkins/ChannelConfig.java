package io.jenkins.plugins.skylark.platform.jenkins;

import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.skylark.credentials.jenkins.CredentialsField;
import io.jenkins.plugins.skylark.i18n.jenkins.ViewerLocale;
import io.jenkins.plugins.skylark.platform.ChannelKind;
import io.jenkins.plugins.skylark.platform.CredentialKind;
import io.jenkins.plugins.skylark.platform.FieldCheck;
import io.jenkins.plugins.skylark.platform.NotificationChannel;
import io.jenkins.plugins.skylark.text.Blank;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * A notification channel as entered in the form or Configuration as Code; converts to
 * {@link NotificationChannel}. The events are a list of names ({@code events: [deployed, deploy-failed]}),
 * which the form offers as one checkbox per event.
 */
public final class ChannelConfig extends AbstractDescribableImpl<ChannelConfig> {
    private final String id;
    private final String projectId;
    private String environmentId;
    private String kind;
    private String credentialsId;
    private String secretCredentialsId;
    private String recipients;
    private List<String> events = new ArrayList<>();

    @DataBoundConstructor
    public ChannelConfig(String id, String projectId) {
        this.id = Blank.strippedOrNull(id);
        this.projectId = Blank.strippedOrNull(projectId);
    }

    NotificationChannel toRecord(ModelConversion conversion) {
        String objectId = projectId + "/" + id;
        return new NotificationChannel(id, projectId, Blank.strippedOrNull(environmentId),
                conversion.parse("channel", objectId, "kind", kind, ChannelKind::parse),
                Blank.strippedOrNull(credentialsId), Blank.strippedOrNull(secretCredentialsId),
                ModelConversion.words(recipients), conversion.events("channel", objectId, events));
    }

    public String getId() {
        return id;
    }

    public String getProjectId() {
        return projectId;
    }

    /** Empty: the whole project. */
    public String getEnvironmentId() {
        return environmentId;
    }

    @DataBoundSetter
    public void setEnvironmentId(String environmentId) {
        this.environmentId = environmentId;
    }

    /** {@code dingtalk}, {@code wecom}, {@code feishu}, {@code slack}, {@code email} or {@code webhook}. */
    public String getKind() {
        return kind;
    }

    @DataBoundSetter
    public void setKind(String kind) {
        this.kind = kind;
    }

    /** Secret text holding the webhook URL. */
    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = credentialsId;
    }

    /** Secret text holding the signing secret. */
    public String getSecretCredentialsId() {
        return secretCredentialsId;
    }

    @DataBoundSetter
    public void setSecretCredentialsId(String secretCredentialsId) {
        this.secretCredentialsId = secretCredentialsId;
    }

    /** Mail addresses separated by commas, semicolons, spaces or new lines. */
    public String getRecipients() {
        return recipients;
    }

    @DataBoundSetter
    public void setRecipients(String recipients) {
        this.recipients = recipients;
    }

    /** Event names such as {@code deploy-failed}. */
    public List<String> getEvents() {
        return List.copyOf(events);
    }

    /** Whether the form's checkbox for {@code event} is ticked. */
    public boolean isSubscribed(String event) {
        return events.stream().anyMatch(event::equalsIgnoreCase);
    }

    @DataBoundSetter
    public void setEvents(List<String> events) {
        this.events = events == null ? new ArrayList<>() : new ArrayList<>(events);
    }

    /** XStream skips field initialisers: a hand-written file may leave the events out. */
    private Object readResolve() {
        setEvents(events);
        return this;
    }

    @Extension
    @Symbol("channel")
    public static final class DescriptorImpl extends Descriptor<ChannelConfig> {
        @Override
        public String getDisplayName() {
            return Messages.page("ChannelConfig.displayName");
        }

        /** The events the form offers, one checkbox each. */
        public List<String> getEventNames() {
            return FieldCheck.deliveryEvents();
        }

        @POST
        public FormValidation doCheckId(@QueryParameter String value) {
            return FormFields.result(FieldCheck.id(value, ViewerLocale.get()));
        }

        public ListBoxModel doFillKindItems() {
            return FormFields.choices(FieldCheck.channelKinds(), false);
        }

        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
            return CredentialsField.fill(item, credentialsId, CredentialKind.CHANNEL);
        }

        public ListBoxModel doFillSecretCredentialsIdItems(@AncestorInPath Item item,
                @QueryParameter String secretCredentialsId) {
            return CredentialsField.fill(item, secretCredentialsId, CredentialKind.CHANNEL);
        }

        /** Required except for email; a pasted webhook URL is refused without being repeated. */
        @POST
        public FormValidation doCheckCredentialsId(@AncestorInPath Item item, @QueryParameter String value,
                @QueryParameter String kind) {
            return credentials(item, value, !isEmail(kind));
        }

        @POST
        public FormValidation doCheckSecretCredentialsId(@AncestorInPath Item item, @QueryParameter String value) {
            return credentials(item, value, false);
        }

        @POST
        public FormValidation doCheckRecipients(@QueryParameter String value, @QueryParameter String kind) {
            return isEmail(kind)
                    ? FormFields.result(FieldCheck.recipients(ModelConversion.words(value), ViewerLocale.get()))
                    : FormValidation.ok();
        }

        private static FormValidation credentials(Item item, String value, boolean required) {
            Optional<String> syntax = FieldCheck.channelCredentialsId(value, ViewerLocale.get());
            return syntax.isPresent() ? FormFields.result(syntax)
                    : CredentialsField.check(item, value, CredentialKind.CHANNEL, required);
        }

        private static boolean isEmail(String kind) {
            return ChannelKind.EMAIL.userName().equalsIgnoreCase(Blank.strippedOrNull(kind));
        }
    }
}
