package io.jenkins.plugins.skylark.deploy.expose;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.jenkins.plugins.skylark.deploy.workload.SkylarkLabels;
import java.util.List;
import java.util.Map;

/**
 * Whether {@code platformExpose} created an object: it carries the {@link SkylarkLabels#EXPOSED} label and
 * Skylark's field manager owns that label. A label copied by another tool ({@code kubectl apply} of an
 * exported object) is owned by that tool's manager, so its object is never taken for Skylark's.
 */
final class Ownership {
    private Ownership() {
    }

    static boolean createdBySkylark(HasMetadata object) {
        Map<String, String> labels = object.getMetadata().getLabels();
        if (labels == null || !"true".equals(labels.get(SkylarkLabels.EXPOSED))) {
            return false;
        }
        return managers(object).stream().filter(entry -> SkylarkLabels.FIELD_MANAGER.equals(entry.getManager()))
                .anyMatch(Ownership::ownsExposedLabel);
    }

    /** The managers other than Skylark's that own fields of {@code object}, for messages. */
    static List<String> otherManagers(HasMetadata object) {
        return managers(object).stream().map(ManagedFieldsEntry::getManager)
                .filter(manager -> manager != null && !SkylarkLabels.FIELD_MANAGER.equals(manager)).distinct().toList();
    }

    private static List<ManagedFieldsEntry> managers(HasMetadata object) {
        List<ManagedFieldsEntry> entries = object.getMetadata().getManagedFields();
        return entries == null ? List.of() : entries;
    }

    private static boolean ownsExposedLabel(ManagedFieldsEntry entry) {
        if (entry.getFieldsV1() == null) {
            return false;
        }
        Map<String, Object> fields = entry.getFieldsV1().getAdditionalProperties();
        Map<String, Object> labels = Json.map(Json.map(fields.get("f:metadata")).get("f:labels"));
        return labels.containsKey("f:" + SkylarkLabels.EXPOSED);
    }
}
