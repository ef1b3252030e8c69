package io.jenkins.plugins.skylark.metrics.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.TreeSet;

/**
 * The project condition of a read, as SQL on a project column plus its parameters: any project, or
 * the given projects and optionally rows without a project. An empty selection matches nothing
 * (never {@code IN ()}, which is not SQL).
 */
record ProjectFilter(boolean any, List<String> projects, boolean includeUnassigned) {

    static final ProjectFilter ANY = new ProjectFilter(true, List.of(), true);

    static ProjectFilter of(ReportScope scope) {
        return new ProjectFilter(false, List.copyOf(new TreeSet<>(scope.projects())), scope.includeUnassigned());
    }

    /** {@code " AND (…)"} on {@code column}, to append to a WHERE clause. */
    String and(String column) {
        if (any) {
            return "";
        }
        StringBuilder sql = new StringBuilder(" AND (1 = 0");
        if (!projects.isEmpty()) {
            sql.append(" OR ").append(column).append(" IN (").append("?, ".repeat(projects.size() - 1)).append("?)");
        }
        if (includeUnassigned) {
            sql.append(" OR ").append(column).append(" IS NULL");
        }
        return sql.append(')').toString();
    }

    /** Binds the parameters of {@link #and} from {@code index}; returns the next free index. */
    int bind(PreparedStatement statement, int index) throws SQLException {
        int next = index;
        if (!any) {
            for (String project : projects) {
                statement.setString(next++, project);
            }
        }
        return next;
    }
}
