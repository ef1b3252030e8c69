package io.jenkins.plugins.skylark.deploy.expose;

import io.fabric8.kubernetes.api.model.StatusCause;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the API server's 409 to a server-side apply without force into a sentence naming each field and
 * the manager that owns it. The server writes one cause per field: {@code conflict with "kubectl" using
 * networking.k8s.io/v1} with the field apart, or {@code conflict with "kubectl": .spec.rules} in one text.
 */
final class FieldConflicts {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(FieldConflicts.class);
    private static final int CONFLICT = 409;
    private static final Pattern CAUSE = Pattern.compile("conflict with \"([^\"]+)\"(?:[^:]*)(?::\\s*(.*))?", Pattern.DOTALL);

    private FieldConflicts() {
    }

    static boolean isConflict(KubernetesClientException e) {
        return e.getCode() == CONFLICT && e.getStatus() != null && e.getStatus().getDetails() != null
                && e.getStatus().getDetails().getCauses() != null && !e.getStatus().getDetails().getCauses().isEmpty();
    }

    /** {@code Ingress shop-dev/orders: fields owned by another manager: .metadata.annotations.x ("kubectl")}. */
    static String describe(String object, KubernetesClientException e) {
        Set<String> managers = new LinkedHashSet<>();
        List<String> fields = new ArrayList<>();
        for (StatusCause cause : e.getStatus().getDetails().getCauses()) {
            Matcher matcher = CAUSE.matcher(cause.getMessage() == null ? "" : cause.getMessage());
            boolean found = matcher.find();
            String manager = found ? matcher.group(1) : "?";
            String rest = found && matcher.group(2) != null ? matcher.group(2).strip() : "?";
            String field = cause.getField() != null && !cause.getField().isBlank() ? cause.getField() : rest;
            managers.add("\"" + manager + "\"");
            fields.add(field + " (" + manager + ")");
        }
        return TEXT.format("conflict.fields", object, String.join(", ", managers), String.join(", ", fields));
    }
}
