package io.jenkins.plugins.skylark.harbor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a failed Harbor answer into a {@link HarborException}: Harbor's error shape
 * {@code {"errors":[{"code":"NOT_FOUND","message":"…"}]}} read into the message, with what the call was about.
 */
final class HarborErrors {
    private static final int MAX_BODY = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private HarborErrors() {
    }

    /**
     * @param harbor the registry's {@code host[:port]}
     * @param user the account the call used
     * @param action what was attempted, already localised ("read the artifact shop/orders@sha256:…")
     */
    static HarborException of(int status, String body, String harbor, String user, String action) {
        String says = says(body);
        String key = switch (status) {
            case 401, 403, 404, 409, 412, 429 -> "Harbor.status." + status;
            default -> status >= 500 ? "Harbor.status.5xx" : "Harbor.status.other";
        };
        return new HarborException(status, Messages.format(key, harbor, user, action, says, String.valueOf(status)));
    }

    static HarborException unreachable(String harbor, String action, IOException cause) {
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new HarborException(0, Messages.format("Harbor.unreachable", harbor, action, reason));
    }

    /** {@code " — Harbor: NOT_FOUND: …"}, or the start of a body that is not Harbor's error shape, or nothing. */
    static String says(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        List<String> messages = new ArrayList<>();
        try {
            for (JsonNode error : JSON.readTree(body).path("errors")) {
                String code = error.path("code").asText("");
                String message = error.path("message").asText("");
                messages.add(code.isEmpty() ? message : code + ": " + message);
            }
        } catch (IOException e) {
            // not JSON: quoted below
        }
        String text = messages.isEmpty() ? body.strip() : String.join("; ", messages);
        return Messages.format("Harbor.says", text.length() > MAX_BODY ? text.substring(0, MAX_BODY) + "…" : text);
    }
}
