package io.jenkins.plugins.skylark.git;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JIRA issue keys in free text (commit messages, branch names): a project key (an uppercase letter then
 * one or more uppercase letters, digits or underscores, JIRA's default rule), a dash and an issue number
 * without leading zero, not glued to other letters or digits ({@code xSHOP-1} and {@code SHOP-12a} are
 * not keys). Given project keys, only keys of those projects count, so {@code UTF-8} or {@code SHA-256}
 * in a message is not taken for an issue.
 */
public final class IssueKeys {

    private static final Pattern KEY = Pattern.compile("(?<![A-Za-z0-9_])([A-Z][A-Z0-9_]+)-([1-9][0-9]{0,9})(?![A-Za-z0-9_])");

    private IssueKeys() {
    }

    /**
     * The keys in {@code texts}, in order of first appearance, without repeats.
     *
     * @param projectKeys the JIRA project keys to accept (case-insensitive), or empty for any project
     */
    public static List<String> find(Collection<String> texts, Collection<String> projectKeys) {
        Set<String> projects = new LinkedHashSet<>();
        projectKeys.forEach(key -> projects.add(key.trim().toUpperCase(Locale.ROOT)));
        Set<String> found = new LinkedHashSet<>();
        for (String text : texts) {
            Matcher matcher = KEY.matcher(text == null ? "" : text);
            while (matcher.find()) {
                if (projects.isEmpty() || projects.contains(matcher.group(1))) {
                    found.add(matcher.group());
                }
            }
        }
        return List.copyOf(found);
    }

    /** The keys in the messages of {@code commits} (see {@link #find}). */
    public static List<String> inCommits(Collection<GitCommit> commits, Collection<String> projectKeys) {
        return find(commits.stream().map(GitCommit::message).toList(), projectKeys);
    }
}
