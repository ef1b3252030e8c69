package io.jenkins.plugins.skylark.jira.jenkins;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * A step acting on issues: {@code keys}, or when not given the keys {@code jiraKeys} finds (with this
 * step's {@code environment} and {@code application}).
 */
public abstract class JiraIssuesStep extends ShippedScopeStep {
    private List<String> keys;

    public List<String> getKeys() {
        return keys;
    }

    /** Issue keys of the project's JIRA projects; not given = {@code jiraKeys()}. */
    @DataBoundSetter
    public void setKeys(List<String> keys) {
        // not List.copyOf: a null entry must reach the check, which names the field
        this.keys = keys == null ? null : Collections.unmodifiableList(new ArrayList<>(keys));
    }
}
