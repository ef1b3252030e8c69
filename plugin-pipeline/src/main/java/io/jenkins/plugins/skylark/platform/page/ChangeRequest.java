package io.jenkins.plugins.skylark.platform.page;

import io.jenkins.plugins.skylark.platform.InvalidPlatformModelException;
import io.jenkins.plugins.skylark.platform.ValidationProblem;
import io.jenkins.plugins.skylark.web.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a save request: {@code {"kind": "environment", "action": "add|edit|delete", "projectId": "shop",
 * "id": "dev", "values": {…}}} ({@code projectId}/{@code id} name the object changed or removed). A value of the
 * wrong JSON type or an unknown field is a problem naming the field, as the model's validation names its own.
 */
final class ChangeRequest {
    private ChangeRequest() {
    }

    static ObjectChange parse(Map<String, Object> body, Locale locale) {
        ObjectKind kind = ObjectKind.parse(text(body.get("kind")))
                .orElseThrow(() -> ApiException.badRequest(PageMessages.get(locale, "error.kind", body.get("kind"))));
        ObjectChange.Action action = action(text(body.get("action")), locale);
        String projectId = text(body.get("projectId"));
        String id = text(body.get("id"));
        if (action != ObjectChange.Action.ADD && (id.isEmpty() || kind.inProject() && projectId.isEmpty())) {
            throw ApiException.badRequest(PageMessages.get(locale, "error.noId", kind.userName()));
        }
        Map<String, Object> values = action == ObjectChange.Action.DELETE ? Map.of() : values(kind, body, locale);
        return new ObjectChange(kind, action, kind.inProject() ? projectId : null, id.isEmpty() ? null : id, values);
    }

    private static ObjectChange.Action action(String name, Locale locale) {
        for (ObjectChange.Action action : ObjectChange.Action.values()) {
            if (action.name().equalsIgnoreCase(name)) {
                return action;
            }
        }
        throw ApiException.badRequest(PageMessages.get(locale, "error.action", name));
    }

    private static Map<String, Object> values(ObjectKind kind, Map<String, Object> body, Locale locale) {
        if (!(body.get("values") instanceof Map<?, ?> given)) {
            throw ApiException.badRequest(PageMessages.get(locale, "error.noValues"));
        }
        String objectId = kind.qualifiedId(text(given.get("projectId")), text(given.get("id")));
        List<ValidationProblem> problems = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        given.forEach((name, value) -> {
            FieldSpec field = kind.field(String.valueOf(name)).orElse(null);
            if (field == null) {
                problems.add(new ValidationProblem(kind.userName(), objectId, String.valueOf(name),
                        PageMessages.get(locale, "error.unknownField")));
            } else if (value != null && !fits(field.type(), value)) {
                problems.add(new ValidationProblem(kind.userName(), objectId, field.name(),
                        PageMessages.get(locale, "error.type." + field.type().name().toLowerCase(Locale.ROOT))));
            } else if (value != null) {
                values.put(field.name(), value);
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidPlatformModelException(problems, locale);
        }
        return values;
    }

    private static boolean fits(FieldType type, Object value) {
        return switch (type) {
            case BOOLEAN -> value instanceof Boolean;
            case NUMBER -> value instanceof Integer;
            case TEXT, TEXTAREA, SELECT -> value instanceof String;
        };
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value).strip();
    }
}
