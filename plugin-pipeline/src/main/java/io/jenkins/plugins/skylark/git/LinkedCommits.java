package io.jenkins.plugins.skylark.git;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the linker found: the commits (oldest first), how they were chosen, and a warning for the build
 * log when the choice was a fallback. Serialisable (through a plain form of strings and
 * instants) so it can come back from the agent.
 */
public final class LinkedCommits implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How the commits were chosen. */
    public enum Basis {
        /** No previous deployment: only the deployed commit itself. */
        FIRST_DEPLOYMENT,
        /** Reachable from the deployed commit and not from the previous deployment's commit. */
        SINCE_PREVIOUS,
        /** The previous commit is gone (force-push, shallow clone): committed after the previous deployment. */
        SINCE_PREVIOUS_TIME,
        /** The previous commit is gone and its time unknown: only the deployed commit itself. */
        DEPLOYED_ONLY
    }

    private final transient List<GitCommit> commits;
    private final Basis basis;
    private final String warning;

    LinkedCommits(List<GitCommit> commits, Basis basis, String warning) {
        this.commits = List.copyOf(commits);
        this.basis = basis;
        this.warning = warning;
    }

    public List<GitCommit> commits() {
        return commits;
    }

    public Basis basis() {
        return basis;
    }

    /** A line for the build log when the linker had to fall back or stopped early, else {@code null}. */
    public String warning() {
        return warning;
    }

    private Object writeReplace() {
        return new SerialForm(this);
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("LinkedCommits is read through its serial form");
    }

    /** The serialised shape: only strings, instants and an enum. */
    private static final class SerialForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String[] ids;
        private final Instant[] authorTimes;
        private final Instant[] committerTimes;
        private final String[] messages;
        private final Basis basis;
        private final String warning;

        SerialForm(LinkedCommits linked) {
            int size = linked.commits.size();
            ids = new String[size];
            authorTimes = new Instant[size];
            committerTimes = new Instant[size];
            messages = new String[size];
            for (int i = 0; i < size; i++) {
                GitCommit commit = linked.commits.get(i);
                ids[i] = commit.id();
                authorTimes[i] = commit.authorTime();
                committerTimes[i] = commit.committerTime();
                messages[i] = commit.message();
            }
            basis = linked.basis;
            warning = linked.warning;
        }

        private Object readResolve() {
            List<GitCommit> commits = new ArrayList<>();
            for (int i = 0; i < ids.length; i++) {
                commits.add(new GitCommit(ids[i], authorTimes[i], committerTimes[i], messages[i]));
            }
            return new LinkedCommits(commits, basis, warning);
        }
    }
}
