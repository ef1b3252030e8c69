package io.jenkins.plugins.skylark.platform.page.jenkins;

import io.jenkins.plugins.skylark.platform.jenkins.ApplicationConfig;
import io.jenkins.plugins.skylark.platform.jenkins.ClusterConfig;
import io.jenkins.plugins.skylark.platform.jenkins.EnvironmentConfig;
import io.jenkins.plugins.skylark.platform.jenkins.PlatformConfig;
import io.jenkins.plugins.skylark.platform.jenkins.ProjectConfig;
import io.jenkins.plugins.skylark.platform.jenkins.RegistryConfig;
import io.jenkins.plugins.skylark.platform.page.FieldSpec;
import io.jenkins.plugins.skylark.platform.page.ObjectChange;
import io.jenkins.plugins.skylark.platform.page.ObjectKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The page's view of a {@link PlatformConfig}: each kind's objects as rows of the dialogs' fields, and one
 * object's change applied to a <em>copy</em> (new list, new object; the configuration in force is never touched).
 */
public final class ConfigTables {

    /** How one kind is stored in {@link PlatformConfig}. */
    private record Table<C>(Function<PlatformConfig, List<C>> list, BiConsumer<PlatformConfig, List<C>> store,
            BiFunction<String, String, C> create) {
    }

    private static final Map<ObjectKind, Table<?>> TABLES = Map.of(
            ObjectKind.CLUSTER, new Table<>(PlatformConfig::getClusters, PlatformConfig::setClusters,
                    (project, id) -> new ClusterConfig(id)),
            ObjectKind.REGISTRY, new Table<>(PlatformConfig::getRegistries, PlatformConfig::setRegistries,
                    (project, id) -> new RegistryConfig(id)),
            ObjectKind.PROJECT, new Table<>(PlatformConfig::getProjects, PlatformConfig::setProjects,
                    (project, id) -> new ProjectConfig(id)),
            ObjectKind.ENVIRONMENT, new Table<>(PlatformConfig::getEnvironments, PlatformConfig::setEnvironments,
                    (project, id) -> new EnvironmentConfig(id, project)),
            ObjectKind.APPLICATION, new Table<>(PlatformConfig::getApplications, PlatformConfig::setApplications,
                    (project, id) -> new ApplicationConfig(id, project)));

    private ConfigTables() {
    }

    public static List<Map<String, Object>> rows(PlatformConfig config, ObjectKind kind) {
        return table(kind).list().apply(config).stream().map(object -> row(kind, object)).toList();
    }

    /** A copy of {@code config} with {@code change} applied; {@code config} and its objects stay as they were. */
    public static PlatformConfig apply(PlatformConfig config, ObjectChange change) {
        PlatformConfig copy = ConfigBeans.copySetters(config, new PlatformConfig());
        apply(table(change.kind()), copy, change);
        return copy;
    }

    private static <C> void apply(Table<C> table, PlatformConfig copy, ObjectChange change) {
        List<C> objects = new ArrayList<>(table.list().apply(copy));
        int index = indexOf(objects, change);
        if (change.action() == ObjectChange.Action.DELETE) {
            objects.remove(index);
        } else {
            C changed = table.create().apply(value(change, "projectId", change.projectId()), value(change, "id", change.id()));
            if (change.action() == ObjectChange.Action.EDIT) {
                ConfigBeans.copySetters(objects.get(index), changed);
            }
            change.values().forEach((field, value) -> {
                if (!field.equals("id") && !field.equals("projectId")) {
                    ConfigBeans.set(changed, field, ConfigFields.toBean(field, value));
                }
            });
            if (change.action() == ObjectChange.Action.EDIT) {
                objects.set(index, changed);
            } else {
                objects.add(changed);
            }
        }
        table.store().accept(copy, objects);
    }

    private static int indexOf(List<?> objects, ObjectChange change) {
        if (change.action() == ObjectChange.Action.ADD) {
            return -1;
        }
        for (int i = 0; i < objects.size(); i++) {
            Object object = objects.get(i);
            if (Objects.equals(change.id(), ConfigBeans.get(object, "id")) && (!change.kind().inProject()
                    || Objects.equals(change.projectId(), ConfigBeans.get(object, "projectId")))) {
                return i;
            }
        }
        throw new IllegalArgumentException("no " + change.kind().userName() + " "
                + change.kind().qualifiedId(change.projectId(), change.id()));
    }

    private static Map<String, Object> row(ObjectKind kind, Object object) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (FieldSpec field : kind.fields()) {
            row.put(field.name(), ConfigFields.toRow(field, ConfigBeans.get(object, field.name())));
        }
        return row;
    }

    @SuppressWarnings("unchecked")
    private static <C> Table<C> table(ObjectKind kind) {
        return (Table<C>) TABLES.get(kind);
    }

    /** The dialog's value of {@code field}; when it does not send one, the changed object's. */
    private static String value(ObjectChange change, String field, String current) {
        Object value = change.values().get(field);
        return value == null ? current : value.toString();
    }
}
