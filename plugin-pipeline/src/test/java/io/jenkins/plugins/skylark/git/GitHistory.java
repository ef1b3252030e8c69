package io.jenkins.plugins.skylark.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** A real Git repository for the tests, with commits at chosen author and committer times. */
final class GitHistory implements AutoCloseable {

    static final Instant DAY_ZERO = Instant.parse("2025-03-01T00:00:00Z");

    private final Git git;
    private final Path directory;
    private int changes;

    private GitHistory(Git git, Path directory) {
        this.git = git;
        this.directory = directory;
    }

    static GitHistory init(Path directory) throws GitAPIException {
        return new GitHistory(Git.init().setDirectory(directory.toFile()).setInitialBranch("main").call(), directory);
    }

    Path directory() {
        return directory;
    }

    /** A commit authored on {@code authoredDay} and committed on {@code committedDay} (days after {@link #DAY_ZERO}). */
    RevCommit commit(int authoredDay, int committedDay) throws IOException, GitAPIException {
        Files.writeString(directory.resolve("change-" + ++changes + ".txt"), "change " + changes);
        git.add().addFilepattern(".").call();
        return git.commit().setMessage("change " + changes)
                .setAuthor(person("Ann", authoredDay)).setCommitter(person("Bob", committedDay)).call();
    }

    void branch(String name, RevCommit from) throws GitAPIException {
        git.checkout().setCreateBranch(true).setName(name).setStartPoint(from).call();
    }

    void checkout(String name) throws GitAPIException {
        git.checkout().setName(name).call();
    }

    /** Merges {@code branch} into the current branch with a merge commit made on {@code day}. */
    RevCommit merge(String branch, int day) throws IOException, GitAPIException {
        git.merge().include(git.getRepository().resolve(branch)).setFastForward(MergeCommand.FastForwardMode.NO_FF)
                .setCommit(false).call();
        return git.commit().setMessage("merge " + branch)
                .setAuthor(person("Ann", day)).setCommitter(person("Bob", day)).call();
    }

    static Instant day(int day) {
        return DAY_ZERO.plusSeconds(86_400L * day);
    }

    private static PersonIdent person(String name, int day) {
        return new PersonIdent(name, name.toLowerCase() + "@example.com", day(day), ZoneOffset.ofHours(8));
    }

    @Override
    public void close() {
        git.close();
    }
}
