package io.jenkins.plugins.skylark.jira;

import java.time.Instant;
import java.util.List;

/**
 * One JIRA issue as a search returns it.
 *
 * @param key the issue key ({@code SHOP-12})
 * @param type the issue type's name ({@code Bug}, {@code Incident})
 * @param summary the summary line
 * @param statusCategory the key of the status's category: {@code new}, {@code indeterminate} or {@code done}
 * @param created when it was created
 * @param resolved its resolution date, {@code null} while unresolved
 * @param fixVersions the names of its fix versions
 * @param linkedKeys the keys of the issues it links to or is linked from (either direction)
 */
public record JiraIssue(String key, String type, String summary, String statusCategory, Instant created,
        Instant resolved, List<String> fixVersions, List<String> linkedKeys) {

    public JiraIssue {
        fixVersions = fixVersions == null ? List.of() : List.copyOf(fixVersions);
        linkedKeys = linkedKeys == null ? List.of() : List.copyOf(linkedKeys);
    }
}
