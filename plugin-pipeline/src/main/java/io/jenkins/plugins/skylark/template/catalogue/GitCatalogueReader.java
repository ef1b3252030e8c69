package io.jenkins.plugins.skylark.template.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Reads Git catalogues with JGit. Each catalogue has a bare repository under the cache root
 * ({@code JENKINS_HOME/skylark-template-catalogues/<id>}); files are read from the pinned commit's tree, never
 * from a work tree, so nothing checked out can drift from the version shown.
 *
 * <p>Fetching updates branches (a catalogue pinned to a branch follows it on reload) and upstream tags into
 * {@code refs/upstream-tags/*}; a tag is pinned at the commit it named the first time this cache saw it, and a
 * tag moved upstream afterwards is reported, not followed. A commit id never moves. Without a fetch (Jenkins
 * starting, or the server unreachable) the catalogue is read from the cache when the ref resolves there.
 */
public final class GitCatalogueReader {

    static final String URL_KEY = "url";
    static final String SECTION = "skylark";
    private static final int TIMEOUT_SECONDS = 120;

    private final Path cacheRoot;

    public GitCatalogueReader(Path cacheRoot) {
        this.cacheRoot = cacheRoot;
    }

    public Path cacheRoot() {
        return cacheRoot;
    }

    /**
     * Loads one catalogue.
     *
     * @param login credentials for HTTPS, {@code null} for none
     * @param fetch fetch from the server first; otherwise only when the cache cannot resolve the ref
     */
    public synchronized LoadedCatalogue read(GitCatalogueSpec spec, GitLogin login, boolean fetch) {
        try (Repository repository = open(spec)) {
            String fetchProblem = null;
            if (fetch || PinnedRefs.resolve(repository, spec.ref()).isEmpty()) {
                try {
                    fetch(repository, spec, login);
                } catch (GitAPIException | RuntimeException e) {
                    fetchProblem = String.valueOf(e.getMessage());
                }
            }
            return readPinned(repository, spec, fetch && fetchProblem == null, fetchProblem);
        } catch (IOException | RuntimeException e) {
            CatalogueLoader catalogue = new CatalogueLoader(spec.id(), null);
            catalogue.problem("", "", 0, "cannot read the catalogue's repository: " + e.getMessage());
            return catalogue.done();
        }
    }

    private static LoadedCatalogue readPinned(Repository repository, GitCatalogueSpec spec, boolean fetched,
            String fetchProblem) throws IOException {
        Optional<PinnedRefs.Pin> pin = PinnedRefs.pin(repository, spec.ref(), fetched);
        CatalogueLoader catalogue = new CatalogueLoader(spec.id(), pin.map(p -> p.commit().name()).orElse(null));
        if (fetchProblem != null) {
            catalogue.problem("", "url", 0, "cannot fetch " + spec.url() + ": " + fetchProblem
                    + pin.map(p -> "; read from the cache at " + p.commit().name()).orElse(""));
        }
        if (pin.isEmpty()) {
            if (fetchProblem == null) {
                catalogue.problem("", "ref", 0, "\"" + spec.ref() + "\" is not a tag, branch or commit of " + spec.url());
            }
            return catalogue.done();
        }
        pin.get().moved().ifPresent(upstream -> catalogue.problem("", "ref", 0, "tag \"" + spec.ref() + "\" now names "
                + upstream.name() + " upstream; the catalogue stays at the commit it was pinned at, "
                + pin.get().commit().name() + " (configure that commit id or a new tag to move)"));
        readTree(repository, pin.get().commit(), catalogue);
        return catalogue.done();
    }

    /** The bare cache repository, created anew when missing or when it was made for another URL. */
    private Repository open(GitCatalogueSpec spec) throws IOException {
        Path dir = cacheRoot.resolve(spec.id());
        if (Files.isDirectory(dir)) {
            try (Git git = Git.open(dir.toFile())) {
                if (spec.url().equals(git.getRepository().getConfig().getString(SECTION, null, URL_KEY))) {
                    return bare(dir);
                }
            } catch (IOException notARepository) {
                // made anew below
            }
            delete(dir);
        }
        try (Git git = Git.init().setBare(true).setDirectory(dir.toFile()).call()) {
            StoredConfig config = git.getRepository().getConfig();
            config.setString(SECTION, null, URL_KEY, spec.url());
            config.save();
            return bare(dir);
        } catch (GitAPIException e) {
            throw new IOException("cannot create " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens the cache with JGit's automatic gc after a fetch run in the fetching thread: detached, it works on
     * in the background (locking gc.log) after the reload has answered, racing whoever deletes or reads the cache.
     */
    private static Repository bare(Path dir) throws IOException {
        Repository repository = new FileRepositoryBuilder().setGitDir(dir.toFile()).setMustExist(true).build();
        StoredConfig config = repository.getConfig();
        if (config.getBoolean(ConfigConstants.CONFIG_GC_SECTION, ConfigConstants.CONFIG_KEY_AUTODETACH, true)) {
            config.setBoolean(ConfigConstants.CONFIG_GC_SECTION, null, ConfigConstants.CONFIG_KEY_AUTODETACH, false);
            config.save();
        }
        return repository;
    }

    private static void fetch(Repository repository, GitCatalogueSpec spec, GitLogin login) throws GitAPIException {
        try (Git git = new Git(repository)) {
            var command = git.fetch().setRemote(spec.url()).setTimeout(TIMEOUT_SECONDS).setRemoveDeletedRefs(true)
                    .setRefSpecs(new RefSpec("+refs/heads/*:refs/heads/*"),
                            new RefSpec("+refs/tags/*:" + PinnedRefs.UPSTREAM_TAGS + "*"));
            if (login != null) {
                command.setCredentialsProvider(new UsernamePasswordCredentialsProvider(login.username(), login.password()));
            }
            command.call();
        }
    }

    /** Every top-level folder of the commit that holds a {@code template.yaml}, in name order. */
    private static void readTree(Repository repository, ObjectId commitId, CatalogueLoader catalogue)
            throws IOException {
        RevTree tree;
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(commitId);
            tree = commit.getTree();
        }
        try (TreeWalk top = new TreeWalk(repository)) {
            top.addTree(tree);
            top.setRecursive(false);
            while (top.next()) {
                String folder = top.getPathString();
                if (top.isSubtree() && blob(repository, tree, folder + "/template.yaml").isPresent()) {
                    catalogue.load(new CatalogueFolder(folder, path -> blob(repository, tree, folder + "/" + path)));
                }
            }
        }
    }

    private static Optional<byte[]> blob(Repository repository, RevTree tree, String path) {
        try (TreeWalk walk = TreeWalk.forPath(repository, path, tree)) {
            if (walk == null || walk.isSubtree()) {
                return Optional.empty();
            }
            return Optional.of(repository.open(walk.getObjectId(0)).getBytes());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
