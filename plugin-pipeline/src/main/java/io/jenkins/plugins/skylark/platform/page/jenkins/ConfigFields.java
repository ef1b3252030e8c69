package io.jenkins.plugins.skylark.platform.page.jenkins;

import io.jenkins.plugins.skylark.platform.jenkins.NamespaceConfig;
import io.jenkins.plugins.skylark.platform.jenkins.WorkloadConfig;
import io.jenkins.plugins.skylark.platform.page.FieldSpec;
import io.jenkins.plugins.skylark.platform.page.FieldType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Field values between the dialogs and the configuration objects. Two fields are lists in the configuration and
 * lines in a dialog: a project's {@code namespaces} ({@code cluster/namespace}) and an application's
 * {@code workloads} ({@code Kind/name: container, …}). A line that does not split leaves the part empty, which the
 * model's validation then names ({@code namespaces[1].namespace}).
 */
final class ConfigFields {
    private ConfigFields() {
    }

    static Object toRow(FieldSpec field, Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(ConfigFields::line).collect(Collectors.joining("\n"));
        }
        if (value == null) {
            return field.type() == FieldType.BOOLEAN ? Boolean.FALSE : "";
        }
        return value;
    }

    static Object toBean(String field, Object value) {
        return switch (field) {
            case "namespaces" -> lines(value).stream().map(ConfigFields::namespace).toList();
            case "workloads" -> lines(value).stream().map(ConfigFields::workload).toList();
            default -> value;
        };
    }

    private static String line(Object element) {
        if (element instanceof NamespaceConfig namespace) {
            return blank(namespace.getClusterId()) + "/" + blank(namespace.getNamespace());
        }
        WorkloadConfig workload = (WorkloadConfig) element;
        return blank(workload.getKind()) + "/" + blank(workload.getName()) + ": " + blank(workload.getContainers());
    }

    private static NamespaceConfig namespace(String line) {
        int slash = line.indexOf('/');
        return slash < 0 ? new NamespaceConfig(null, line) : new NamespaceConfig(line.substring(0, slash),
                line.substring(slash + 1));
    }

    private static WorkloadConfig workload(String line) {
        int colon = line.indexOf(':');
        String object = colon < 0 ? line : line.substring(0, colon);
        int slash = object.indexOf('/');
        WorkloadConfig workload = slash < 0 ? new WorkloadConfig(null, object)
                : new WorkloadConfig(object.substring(0, slash), object.substring(slash + 1));
        workload.setContainers(colon < 0 ? null : line.substring(colon + 1).strip());
        return workload;
    }

    private static List<String> lines(Object value) {
        return value == null ? List.of()
                : value.toString().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
