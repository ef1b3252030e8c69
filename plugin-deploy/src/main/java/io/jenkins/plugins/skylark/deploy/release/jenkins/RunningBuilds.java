package io.jenkins.plugins.skylark.deploy.release.jenkins;

import hudson.model.Job;
import hudson.model.Run;
import hudson.security.ACL;
import hudson.security.ACLContext;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.Jenkins;

/**
 * Whether the build a release's lock names still runs: the engine's {@code holderAlive}. A build URL of
 * this Jenkins ({@code <root>job/shop/job/orders/7/}, the root taken from this build's own URL) names a job
 * and a build number; the release is stale only when that build is known here and no longer building, or
 * its job or build is gone. A URL of another Jenkins, or one that names no build, counts as alive: the
 * release is refused rather than taken over from a build we cannot see.
 */
final class RunningBuilds {
    private RunningBuilds() {
    }

    /** Whether the build at {@code holderUrl} still runs, judged from the build at {@code ownUrl}. */
    static boolean isRunning(String holderUrl, String ownUrl) {
        if (holderUrl == null || ownUrl == null || holderUrl.equals(ownUrl)) {
            return true;
        }
        String root = root(ownUrl);
        if (root == null || !holderUrl.startsWith(root)) {
            return true;
        }
        BuildPath path = BuildPath.parse(holderUrl.substring(root.length()));
        if (path == null) {
            return true;
        }
        // as the system: a build the current user may not see must not look finished
        try (ACLContext ignored = ACL.as2(ACL.SYSTEM2)) {
            Job<?, ?> job = Jenkins.get().getItemByFullName(path.job(), Job.class);
            Run<?, ?> build = job == null ? null : job.getBuildByNumber(path.number());
            return build != null && build.isBuilding();
        }
    }

    /** The part of a build URL before its first {@code job/} segment; {@code null} when it has none. */
    private static String root(String buildUrl) {
        int at = buildUrl.indexOf("/job/");
        return at < 0 ? null : buildUrl.substring(0, at + 1);
    }

    /** A job's full name and a build number, from {@code job/a/job/b/7/}. */
    record BuildPath(String job, int number) {
        static BuildPath parse(String path) {
            String[] segments = path.split("/");
            if (segments.length < 3 || segments.length % 2 == 0 || !segments[segments.length - 1].matches("\\d{1,9}")) {
                return null;
            }
            List<String> names = new ArrayList<>();
            for (int i = 0; i < segments.length - 1; i += 2) {
                if (!segments[i].equals("job") || segments[i + 1].isEmpty()) {
                    return null;
                }
                names.add(URLDecoder.decode(segments[i + 1], StandardCharsets.UTF_8));
            }
            return new BuildPath(String.join("/", names), Integer.parseInt(segments[segments.length - 1]));
        }
    }
}
