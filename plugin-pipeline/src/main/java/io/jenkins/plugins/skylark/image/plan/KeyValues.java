package io.jenkins.plugins.skylark.image.plan;

import io.jenkins.plugins.skylark.image.ImageBuildException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code NAME=value} entries, as {@code withEnv} takes them, into a map; the last of a name wins. */
public final class KeyValues {

    private KeyValues() {
    }

    /**
     * @param field the step parameter, for the error
     * @throws ImageBuildException naming the field and the entry without a name or {@code =}
     */
    public static Map<String, String> parse(String field, List<String> entries) throws ImageBuildException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String entry : entries == null ? List.<String>of() : entries) {
            int equals = entry == null ? -1 : entry.indexOf('=');
            if (equals <= 0 || entry.substring(0, equals).isBlank()) {
                throw new ImageBuildException(ImageBuildException.Reason.INVALID_REQUEST,
                        Messages.get("KeyValues.invalid", field, entry));
            }
            values.put(entry.substring(0, equals).strip(), entry.substring(equals + 1));
        }
        return values;
    }
}
