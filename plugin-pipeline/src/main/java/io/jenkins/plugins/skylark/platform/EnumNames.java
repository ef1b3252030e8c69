package io.jenkins.plugins.skylark.platform;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How the enums users write in configuration are parsed: by their user name or constant name, any case. */
final class EnumNames {

    private EnumNames() {
    }

    /**
     * The constant {@code value} names.
     *
     * @throws IllegalArgumentException with the text of {@code unknownKey}: {0} the value, {1} the user names
     */
    static <E extends Enum<E>> E parse(Class<E> type, Function<E, String> userName, String value, String unknownKey) {
        String text = value == null ? "" : value.trim();
        E[] constants = type.getEnumConstants();
        for (E constant : constants) {
            if (userName.apply(constant).equalsIgnoreCase(text) || constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(Messages.get(unknownKey, value,
                Arrays.stream(constants).map(userName).collect(Collectors.joining(", "))));
    }
}
