package io.jenkins.plugins.skylark.jira;

import java.time.LocalDate;

/**
 * A version of a JIRA project.
 *
 * @param releaseDate {@code null} when none is set
 */
public record JiraVersion(String id, String name, boolean released, LocalDate releaseDate) {
}
