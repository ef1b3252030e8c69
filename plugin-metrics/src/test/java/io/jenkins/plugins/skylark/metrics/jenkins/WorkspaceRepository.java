package io.jenkins.plugins.skylark.metrics.jenkins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/** A real Git repository checked out in a build's workspace, with commits at chosen times. */
final class WorkspaceRepository implements AutoCloseable {
    private final Git git;
    private final Path directory;
    private int changes;

    private WorkspaceRepository(Git git, Path directory) {
        this.git = git;
        this.directory = directory;
    }

    static WorkspaceRepository init(Path directory) throws GitAPIException {
        return new WorkspaceRepository(Git.init().setDirectory(directory.toFile()).setInitialBranch("main").call(),
                directory);
    }

    /** Commits a new file at {@code time} (author and committer) and returns the commit id. */
    String commit(String time) throws IOException, GitAPIException {
        return commit(time, "change " + (changes + 1));
    }

    /** {@link #commit(String)} with the given message. */
    String commit(String time, String message) throws IOException, GitAPIException {
        Files.writeString(directory.resolve("change-" + ++changes + ".txt"), "change " + changes);
        git.add().addFilepattern(".").call();
        PersonIdent person = new PersonIdent("Ann", "ann@example.com", Instant.parse(time), ZoneOffset.UTC);
        return git.commit().setMessage(message).setAuthor(person).setCommitter(person).call().getName();
    }

    @Override
    public void close() {
        git.close();
    }
}
