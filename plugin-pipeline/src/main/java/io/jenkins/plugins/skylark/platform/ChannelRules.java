package io.jenkins.plugins.skylark.platform;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rules for notification channels: id unique per project, project and environment resolve, a kind, a
 * webhook credential for every kind but email, a signing secret only where the service signs, and mail
 * recipients for email only. The event set cannot hold duplicates; the configuration reports those.
 */
final class ChannelRules {

    /**
     * A credentials id as users type one: no white space or control characters. Anything with {@code ://}
     * is refused without echoing it, since a pasted webhook URL carries the robot's token.
     */
    private static final Pattern CREDENTIALS_ID = Pattern.compile("[^\\s\\p{Cntrl}]{1,256}");

    private ChannelRules() {
    }

    static void check(PlatformModel model, Problems problems) {
        List<NotificationChannel> channels = model.channels();
        List<NotificationChannel> sameId = ObjectIds.earlierWithSameKey(channels,
                channel -> ObjectIds.keyOf(channel.projectId(), channel.id()));
        for (int i = 0; i < channels.size(); i++) {
            NotificationChannel channel = channels.get(i);
            Problems.Subject subject = problems.about("channel",
                    ObjectIds.qualified(channel.projectId(), channel.id(), i));
            if (subject.label("id", channel.id(), "id.invalid") && sameId.get(i) != null) {
                subject.add("id", "id.duplicateInProject", channel.id(), channel.projectId(),
                        problems.text("kind.channel"));
            }
            checkScope(model, subject, channel);
            if (subject.required("kind", channel.kind())) {
                checkCredentials(subject, channel);
                checkRecipients(subject, channel);
            }
        }
    }

    private static void checkScope(PlatformModel model, Problems.Subject subject, NotificationChannel channel) {
        String projectId = channel.projectId();
        boolean projectKnown = subject.required("projectId", projectId)
                && subject.resolves("projectId", model.project(projectId).isPresent(), "project", projectId);
        String environmentId = channel.environmentId();
        if (projectKnown && !ObjectIds.isBlank(environmentId)) {
            subject.resolves("environmentId", model.environment(projectId, environmentId).isPresent(),
                    "environment", projectId + "/" + environmentId);
        }
    }

    private static void checkCredentials(Problems.Subject subject, NotificationChannel channel) {
        ChannelKind kind = channel.kind();
        if (kind == ChannelKind.EMAIL) {
            if (!ObjectIds.isBlank(channel.credentialsId())) {
                subject.add("credentialsId", "channel.credentialsForEmail");
            }
        } else if (subject.required("credentialsId", channel.credentialsId())) {
            plausibleCredentialsId(subject, "credentialsId", channel.credentialsId());
        }
        String secret = channel.secretCredentialsId();
        if (ObjectIds.isBlank(secret)) {
            return;
        }
        if (kind.signable()) {
            plausibleCredentialsId(subject, "secretCredentialsId", secret);
        } else {
            subject.add("secretCredentialsId", "channel.notSignable", kind.userName(),
                    Arrays.stream(ChannelKind.values()).filter(ChannelKind::signable).map(ChannelKind::userName)
                            .collect(Collectors.joining(", ")));
        }
    }

    /** A webhook or secret credentials id as typed; {@code id} is present. */
    static void plausibleCredentialsId(Problems.Subject subject, String field, String id) {
        if (id.contains("://")) {
            subject.add(field, "credentialsId.url");
        } else if (!CREDENTIALS_ID.matcher(id).matches()) {
            subject.add(field, "credentialsId.invalid", id.strip());
        }
    }

    private static void checkRecipients(Problems.Subject subject, NotificationChannel channel) {
        List<String> recipients = channel.recipients();
        if (channel.kind() != ChannelKind.EMAIL) {
            if (!recipients.isEmpty()) {
                subject.add("recipients", "channel.recipientsForEmailOnly", channel.kind().userName());
            }
            return;
        }
        emailRecipients(subject, recipients);
    }

    /** An email channel's recipients: at least one, each a mail address, none twice. */
    static void emailRecipients(Problems.Subject subject, List<String> recipients) {
        if (recipients.isEmpty()) {
            subject.add("recipients", "channel.recipientsRequired");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < recipients.size(); i++) {
            String recipient = recipients.get(i);
            if (!MailAddresses.isValid(recipient)) {
                subject.add("recipients[" + i + "]", "channel.recipientInvalid", recipient);
            } else if (!seen.add(recipient.toLowerCase(Locale.ROOT))) {
                subject.add("recipients[" + i + "]", "channel.recipientDuplicate", recipient);
            }
        }
    }
}
