package io.jenkins.plugins.skylark.build.jenkins;

import hudson.model.Run;
import io.jenkins.plugins.skylark.build.Artifact;
import io.jenkins.plugins.skylark.build.BuildOutcome;
import io.jenkins.plugins.skylark.build.TestFailure;
import io.jenkins.plugins.skylark.platform.jenkins.BuildSummaryAction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The {@code platformBuild}s of one build, shown on its page (tests, first failures, artefacts with
 * their SHA-256) and read by {@code platformImage} for the jar to ship. Saved with the build by XStream,
 * so it holds only plain classes of strings and numbers.
 */
public final class PlatformBuildAction extends BuildSummaryAction {
    // Copy-on-write: Jenkins may save the build (XStream iterates the list) while a step adds to it.
    private final List<BuildEntry> builds = new CopyOnWriteArrayList<>();

    /** The build's action, added when missing. */
    static synchronized PlatformBuildAction of(Run<?, ?> run) {
        PlatformBuildAction action = run.getAction(PlatformBuildAction.class);
        if (action == null) {
            action = new PlatformBuildAction();
            run.addAction(action);
        }
        return action;
    }

    synchronized void add(BuildOutcome outcome) {
        builds.add(new BuildEntry(outcome));
    }

    /** Oldest first. */
    public synchronized List<BuildEntry> getBuilds() {
        return List.copyOf(builds);
    }

    /**
     * The jar the last successful {@code platformBuild} of this build produced, as a workspace-relative
     * path; null when it produced none or several.
     */
    public synchronized String lastJar() {
        for (int i = builds.size() - 1; i >= 0; i--) {
            BuildEntry build = builds.get(i);
            if (build.isSucceeded()) {
                List<String> jars = build.getArtifacts().stream().map(ArtifactEntry::getPath)
                        .filter(path -> path.endsWith(".jar")).toList();
                return jars.size() == 1 ? jars.get(0) : null;
            }
        }
        return null;
    }

    @Override
    public String getDisplayName() {
        return Messages.page("PlatformBuildAction.displayName");
    }

    /** One {@code platformBuild}. */
    public static final class BuildEntry {
        private final String tool;
        private final String command;
        private final boolean succeeded;
        private final int total;
        private final int failed;
        private final int errors;
        private final int skipped;
        private final List<FailureEntry> failures = new ArrayList<>();
        private final List<ArtifactEntry> artifacts = new ArrayList<>();

        BuildEntry(BuildOutcome outcome) {
            tool = outcome.tool().userName();
            command = outcome.command();
            succeeded = outcome.succeeded();
            total = outcome.tests().total();
            failed = outcome.tests().failed();
            errors = outcome.tests().errors();
            skipped = outcome.tests().skipped();
            for (TestFailure failure : outcome.tests().failures()) {
                failures.add(new FailureEntry(failure.className(), failure.name(), failure.message()));
            }
            for (Artifact artifact : outcome.artifacts()) {
                artifacts.add(new ArtifactEntry(artifact.path(), artifact.size(), artifact.sha256()));
            }
        }

        public String getTool() {
            return tool;
        }

        public String getCommand() {
            return command;
        }

        public boolean isSucceeded() {
            return succeeded;
        }

        public int getTotal() {
            return total;
        }

        public int getFailed() {
            return failed;
        }

        public int getErrors() {
            return errors;
        }

        public int getSkipped() {
            return skipped;
        }

        public List<FailureEntry> getFailures() {
            return List.copyOf(failures);
        }

        public List<ArtifactEntry> getArtifacts() {
            return List.copyOf(artifacts);
        }
    }

    /** A failed test: class, name and first line of its message. */
    public static final class FailureEntry {
        private final String className;
        private final String name;
        private final String message;

        FailureEntry(String className, String name, String message) {
            this.className = className;
            this.name = name;
            this.message = message;
        }

        public String getClassName() {
            return className;
        }

        public String getName() {
            return name;
        }

        public String getMessage() {
            return message;
        }
    }

    /** A produced file: workspace-relative path, size in bytes, SHA-256. */
    public static final class ArtifactEntry {
        private final String path;
        private final long size;
        private final String sha256;

        ArtifactEntry(String path, long size, String sha256) {
            this.path = path;
            this.size = size;
            this.sha256 = sha256;
        }

        public String getPath() {
            return path;
        }

        public long getSize() {
            return size;
        }

        public String getSha256() {
            return sha256;
        }
    }
}
