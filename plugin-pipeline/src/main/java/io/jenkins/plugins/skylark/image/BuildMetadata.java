package io.jenkins.plugins.skylark.image;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** The tags and labels an image gets from the build that made it. */
public final class BuildMetadata {

    /** OCI's standard annotation for the source revision. */
    public static final String REVISION_LABEL = "org.opencontainers.image.revision";
    /** Link back to the Jenkins build. */
    public static final String BUILD_URL_LABEL = "io.jenkins.skylark.build-url";
    private static final int SHORT_COMMIT = 7;

    private BuildMetadata() {
    }

    /** Build number, short commit id, then the given tags; blanks dropped, duplicates kept once. */
    public static List<String> tags(String buildNumber, String commit, List<String> extra) {
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        addIfPresent(tags, buildNumber);
        if (commit != null && !commit.isBlank()) {
            tags.add(commit.length() > SHORT_COMMIT ? commit.substring(0, SHORT_COMMIT) : commit);
        }
        extra.forEach(tag -> addIfPresent(tags, tag));
        return new ArrayList<>(tags);
    }

    /** The commit and build URL labels, then the given labels (which win on a clash). */
    public static Map<String, String> labels(String commit, String buildUrl, Map<String, String> extra) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (commit != null && !commit.isBlank()) {
            labels.put(REVISION_LABEL, commit);
        }
        if (buildUrl != null && !buildUrl.isBlank()) {
            labels.put(BUILD_URL_LABEL, buildUrl);
        }
        labels.putAll(extra);
        return labels;
    }

    private static void addIfPresent(LinkedHashSet<String> tags, String tag) {
        if (tag != null && !tag.isBlank()) {
            tags.add(tag.trim());
        }
    }
}
