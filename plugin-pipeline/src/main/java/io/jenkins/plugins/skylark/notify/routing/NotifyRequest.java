package io.jenkins.plugins.skylark.notify.routing;

import io.jenkins.plugins.skylark.notify.Level;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The arguments of {@code platformNotify}, checked before anything is sent. Strings, a list of strings,
 * an enum and a boolean only, so a running step can keep it in its saved state.
 *
 * @param channels the channel ids asked for, or {@code null} for every channel of the project that
 *     covers the current environment
 * @param version what the message is about (an image reference, a release), or {@code null}
 */
public record NotifyRequest(String message, Level level, List<String> channels, boolean failOnError, String version)
        implements Serializable {

    /** Long enough for any status line; short enough that WeCom's 4096-byte markdown takes it in Chinese. */
    public static final int MAX_MESSAGE_LENGTH = 1000;
    static final int MAX_VERSION_LENGTH = 200;
    private static final Pattern CHANNEL_ID = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

    public NotifyRequest {
        channels = channels == null ? null : List.copyOf(channels);
    }

    /**
     * Checks and normalises the step's arguments.
     *
     * @param level {@code info}, {@code success}, {@code warning} or {@code failure} (any case); {@code null} = info
     * @throws IllegalArgumentException naming the first bad field
     */
    public static NotifyRequest of(String message, String level, List<String> channels, boolean failOnError,
            String version) {
        return new NotifyRequest(message(message), level == null || level.isBlank() ? Level.INFO : Level.parse(level),
                channels(channels), failOnError, version(version));
    }

    private static String message(String message) {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException(Messages.format("request.messageRequired"));
        }
        String stripped = message.strip();
        if (stripped.length() > MAX_MESSAGE_LENGTH) {
            throw new IllegalArgumentException(Messages.format("request.messageTooLong", stripped.length(),
                    MAX_MESSAGE_LENGTH));
        }
        return stripped;
    }

    private static List<String> channels(List<String> channels) {
        if (channels == null) {
            return null;
        }
        if (channels.isEmpty()) {
            throw new IllegalArgumentException(Messages.format("request.channelsEmpty"));
        }
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < channels.size(); i++) {
            Object entry = channels.get(i);
            String id = entry == null ? "" : entry.toString().strip();
            if (!CHANNEL_ID.matcher(id).matches() || id.length() > 63) {
                throw new IllegalArgumentException(Messages.format("request.channelInvalid", i, entry));
            }
            if (!seen.add(id)) {
                throw new IllegalArgumentException(Messages.format("request.channelTwice", id));
            }
            ids.add(id);
        }
        return ids;
    }

    private static String version(String version) {
        if (version == null || version.isBlank()) {
            return null;
        }
        String stripped = version.strip();
        if (stripped.length() > MAX_VERSION_LENGTH || stripped.lines().count() > 1) {
            throw new IllegalArgumentException(Messages.format("request.versionInvalid", MAX_VERSION_LENGTH));
        }
        return stripped;
    }
}
