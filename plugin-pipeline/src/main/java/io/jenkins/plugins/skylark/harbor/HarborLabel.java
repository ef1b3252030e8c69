package io.jenkins.plugins.skylark.harbor;

/**
 * A Harbor label.
 *
 * @param id Harbor's label id
 * @param name the label's name
 * @param projectScoped {@code true} for a label of one project, {@code false} for a global (system) label
 */
public record HarborLabel(long id, String name, boolean projectScoped) {
}
