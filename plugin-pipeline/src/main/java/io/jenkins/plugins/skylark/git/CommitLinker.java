package io.jenkins.plugins.skylark.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.CommitTimeRevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Finds the commits a deployment ships, in the workspace repository, with JGit. Runs where the
 * workspace is (the adapter calls it inside {@code FilePath.act}).
 *
 * <ul>
 *   <li>Normal case: every commit reachable from the deployed commit and not from the previous
 *       deployment's commit ({@code git log previous..deployed}), merge commits included, and the
 *       commits a merge brought in with them.</li>
 *   <li>First deployment (no previous): only the deployed commit. "No predecessor" means we cannot
 *       know what was already running, and taking the whole history would add years-old lead-time
 *       samples; the deployed commit itself is the one change this deployment certainly delivered.</li>
 *   <li>Previous commit not in the repository (force-push rewrote it, or a shallow clone does not reach
 *       it): the commits reachable from the deployed one and committed after the previous deployment,
 *       or only the deployed commit if that time is unknown, with a warning saying so.</li>
 *   <li>The deployed commit is the previous one, or an ancestor of it (redeploy, rollforward to an
 *       older commit): no commits.</li>
 * </ul>
 * At most {@value #MAX_COMMITS} commits are linked (unrelated histories would otherwise bring
 * everything); the warning says when the list was cut.
 */
public final class CommitLinker {

    static final int MAX_COMMITS = 5000;

    /**
     * @param repositoryDir the workspace (or any folder inside the repository's work tree, or a git dir)
     * @throws IllegalArgumentException when there is no repository or the deployed commit is not in it
     * @throws UncheckedIOException when the repository cannot be read
     */
    public LinkedCommits link(Path repositoryDir, CommitRange range) {
        try (Repository repository = open(repositoryDir); RevWalk walk = new RevWalk(repository)) {
            RevCommit deployed = find(repository, walk, range.deployedCommit())
                    .orElseThrow(() -> new IllegalArgumentException(CommitMessages.format(
                            "link.deployedCommit.missing", range.deployedCommit(), repositoryDir)));
            if (range.first()) {
                return new LinkedCommits(List.of(linked(deployed)), LinkedCommits.Basis.FIRST_DEPLOYMENT, null);
            }
            Optional<RevCommit> previous = find(repository, walk, range.previousCommit());
            if (previous.isPresent()) {
                walk.markUninteresting(previous.get());
                return collect(walk, deployed, LinkedCommits.Basis.SINCE_PREVIOUS, null);
            }
            if (range.previousDeployedAt() == null) {
                return new LinkedCommits(List.of(linked(deployed)), LinkedCommits.Basis.DEPLOYED_ONLY,
                        CommitMessages.format("link.previous.missing.deployedOnly", range.previousCommit()));
            }
            walk.setRevFilter(CommitTimeRevFilter.after(range.previousDeployedAt()));
            return collect(walk, deployed, LinkedCommits.Basis.SINCE_PREVIOUS_TIME, CommitMessages.format(
                    "link.previous.missing.byTime", range.previousCommit(), range.previousDeployedAt()));
        } catch (IOException e) {
            throw new UncheckedIOException(CommitMessages.format("link.read.failed", repositoryDir), e);
        }
    }

    private static LinkedCommits collect(RevWalk walk, RevCommit deployed, LinkedCommits.Basis basis, String warning)
            throws IOException {
        walk.markStart(deployed);
        List<GitCommit> commits = new ArrayList<>();
        for (RevCommit commit : walk) {
            if (commits.size() == MAX_COMMITS) {
                warning = join(warning, CommitMessages.format("link.truncated", String.valueOf(MAX_COMMITS)));
                break;
            }
            commits.add(linked(commit));
        }
        commits.sort(Comparator.comparing(GitCommit::committerTime).thenComparing(GitCommit::id));
        return new LinkedCommits(commits, basis, warning);
    }

    private static Repository open(Path directory) throws IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(directory.toFile());
        if (builder.getGitDir() == null) {
            throw new IllegalArgumentException(CommitMessages.format("link.repository.missing", directory));
        }
        return builder.setMustExist(true).build();
    }

    /** The commit a revision names, or empty when the repository does not have it. */
    private static Optional<RevCommit> find(Repository repository, RevWalk walk, String revision) throws IOException {
        try {
            ObjectId id = repository.resolve(revision);
            return id == null ? Optional.empty() : Optional.of(walk.parseCommit(id));
        } catch (MissingObjectException | RevisionSyntaxException e) {
            return Optional.empty();
        }
    }

    private static GitCommit linked(RevCommit commit) {
        return new GitCommit(commit.getName(), commit.getAuthorIdent().getWhenAsInstant(),
                commit.getCommitterIdent().getWhenAsInstant(), commit.getFullMessage());
    }

    private static String join(String first, String second) {
        return first == null ? second : first + " " + second;
    }
}
