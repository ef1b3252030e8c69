package io.jenkins.plugins.skylark.jira;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds issue keys of given JIRA projects in text. As JIRA links commits: the key is the project key
 * in upper case, a hyphen and the issue number, standing alone (not inside a longer word or number:
 * {@code XSHOP-1}, {@code SHOP-12a} and {@code SHOP-123} when looking for {@code SHOP-12} do not count).
 * Branch names are often lower-cased by tools, so there the case is ignored ({@code feature/shop-12-cart}).
 */
public final class IssueKeys {
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]+");
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]+-[1-9][0-9]*");

    private final Pattern commits;
    private final Pattern branches;

    private IssueKeys(Collection<String> projectKeys) {
        String alternatives = String.join("|", projectKeys.stream().map(Pattern::quote).toList());
        String pattern = "(?<![\\p{L}\\p{Nd}_])(" + alternatives + ")-([1-9][0-9]*)(?![\\p{L}\\p{Nd}_])";
        this.commits = Pattern.compile(pattern);
        this.branches = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * @throws IllegalArgumentException naming a project key that is not a JIRA project key, or when there is none
     */
    public static IssueKeys of(Collection<String> projectKeys) {
        if (projectKeys == null || projectKeys.isEmpty()) {
            throw new IllegalArgumentException(Messages.format("keys.noProjects"));
        }
        projectKeys.forEach(IssueKeys::requireProjectKey);
        return new IssueKeys(projectKeys);
    }

    /** The keys in commit messages (case-sensitive), each once, in order of appearance. */
    public List<String> inMessages(Collection<String> messages) {
        Set<String> keys = new LinkedHashSet<>();
        messages.forEach(message -> collect(commits, message, keys));
        return new ArrayList<>(keys);
    }

    /** The keys in a branch name (any case), upper-cased. */
    public List<String> inBranch(String branch) {
        Set<String> keys = new LinkedHashSet<>();
        collect(branches, branch, keys);
        return new ArrayList<>(keys);
    }

    private static void collect(Pattern pattern, String text, Set<String> keys) {
        if (text == null) {
            return;
        }
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            keys.add(matcher.group(1).toUpperCase(Locale.ROOT) + "-" + matcher.group(2));
        }
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
