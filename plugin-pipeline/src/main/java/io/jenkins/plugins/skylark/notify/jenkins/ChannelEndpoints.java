package io.jenkins.plugins.skylark.notify.jenkins;

import hudson.AbortException;
import hudson.model.Run;
import io.jenkins.plugins.skylark.context.jenkins.PlatformCredentials;
import io.jenkins.plugins.skylark.notify.ChannelEndpoint;
import io.jenkins.plugins.skylark.platform.NotificationChannel;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * A chat channel's endpoint from the build's credentials: the webhook URL (secret text, it carries the
 * robot's token) and the optional signing secret (secret text). Looked up in the build's context, so
 * folder credentials work; errors name the channel and the credentials id, never a value.
 */
final class ChannelEndpoints {
    private ChannelEndpoints() {
    }

    static ChannelEndpoint of(NotificationChannel channel, Run<?, ?> run) throws AbortException {
        if (channel.credentialsId() == null) {
            throw new AbortException(Messages.get("ChannelEndpoints.noUrl", channel.id()));
        }
        String url = secret(channel.credentialsId(), run, Messages.get("ChannelEndpoints.urlPurpose", channel.id()));
        String signing = channel.secretCredentialsId() == null ? null
                : secret(channel.secretCredentialsId(), run, Messages.get("ChannelEndpoints.secretPurpose", channel.id()));
        try {
            return new ChannelEndpoint(url.strip(), signing);
        } catch (IllegalArgumentException e) { // says what is wrong, without the URL
            throw new AbortException(Messages.get("ChannelEndpoints.badUrl", channel.id(), channel.credentialsId(),
                    e.getMessage()));
        }
    }

    private static String secret(String id, Run<?, ?> run, String purpose) throws AbortException {
        return PlatformCredentials.require(id, StringCredentials.class, run, purpose).getSecret().getPlainText();
    }
}
