package io.jenkins.plugins.skylark.notify;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a message reads: the colour / emoji each channel shows and the generic webhook's {@code level}. */
public enum Level {
    INFO, SUCCESS, WARNING, FAILURE;

    /** The level named {@code value} (any case), or a clear error naming the field {@code level}. */
    public static Level parse(String value) {
        for (Level level : values()) {
            if (level.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return level;
            }
        }
        throw new IllegalArgumentException(Messages.format("level.unknown", value,
                Arrays.stream(values()).map(Level::id).collect(Collectors.joining(", "))));
    }

    /** The lower-case name used in step arguments and the webhook body. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level as shown to a reader (localised). */
    public String label() {
        return Messages.format("level." + id());
    }
}
