package io.jenkins.plugins.skylark.jira;

import io.jenkins.plugins.skylark.git.IssueKeys;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * JIRA key rules beyond finding keys in commit messages (that is {@link IssueKeys}, shared with the
 * metrics plugin): keys in branch names, which tools often lower-case ({@code feature/shop-12-cart}), so
 * there the case is ignored; and the checks that keep anything but a key out of a JIRA URL.
 */
public final class JiraKeys {
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]+");
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]+-[1-9][0-9]*");

    private JiraKeys() {
    }

    /**
     * The keys of {@code projectKeys}' projects in a branch name, any case, upper-cased.
     *
     * @param projectKeys not empty (an empty list would accept any project)
     */
    public static List<String> inBranch(String branch, Collection<String> projectKeys) {
        if (branch == null || projectKeys.isEmpty()) {
            return List.of();
        }
        return IssueKeys.find(List.of(branch.toUpperCase(Locale.ROOT)), projectKeys);
    }

    /** The project part of an issue key ({@code SHOP} of {@code SHOP-12}). */
    public static String projectOf(String issueKey) {
        requireKey(issueKey);
        return issueKey.substring(0, issueKey.lastIndexOf('-'));
    }

    /** @throws IllegalArgumentException when {@code key} is not an issue key such as {@code SHOP-12} */
    public static void requireKey(String key) {
        if (key == null || !ISSUE_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException(Messages.format("keys.badIssueKey", key));
        }
    }

    /** @throws IllegalArgumentException when {@code key} is not a project key such as {@code SHOP} */
    public static void requireProjectKey(String key) {
        if (key == null || !PROJECT_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException(Messages.format("keys.badProjectKey", key));
        }
    }
}
