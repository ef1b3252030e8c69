package io.jenkins.plugins.skylark.harness.packaging;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders Jenkins plugin versions such as {@code 706.v518c5dcb_24c0} or {@code 2.20.0-411.v6ef8fdee4fe9}
 * the way the update centre does for the cases that matter here: by their numeric components, left
 * to right; the incrementals hash after {@code .v} never orders two releases.
 */
final class PluginVersions {
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    static final Comparator<String> ORDER = PluginVersions::compare;

    private PluginVersions() {
    }

    static int compare(String left, String right) {
        Matcher a = NUMBER.matcher(release(left));
        Matcher b = NUMBER.matcher(release(right));
        while (true) {
            boolean moreA = a.find();
            boolean moreB = b.find();
            if (!moreA || !moreB) {
                return Boolean.compare(moreA, moreB);
            }
            int byNumber = Long.compare(Long.parseLong(a.group()), Long.parseLong(b.group()));
            if (byNumber != 0) {
                return byNumber;
            }
        }
    }

    private static String release(String version) {
        int hash = version.indexOf(".v");
        return hash < 0 ? version : version.substring(0, hash);
    }
}
