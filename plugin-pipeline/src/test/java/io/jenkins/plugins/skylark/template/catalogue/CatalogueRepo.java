package io.jenkins.plugins.skylark.template.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;

/** A real Git repository made with JGit for a test: templates written, committed, tagged and branched. */
public final class CatalogueRepo implements AutoCloseable {

    private final Path dir;
    private final Git git;

    private CatalogueRepo(Path dir, Git git) {
        this.dir = dir;
        this.git = git;
    }

    public static CatalogueRepo create(Path dir) throws GitAPIException {
        return new CatalogueRepo(dir, Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call());
    }

    /** {@code file:///…}, the same once the directory is gone. */
    public String url() {
        return "file://" + dir.toAbsolutePath();
    }

    public Path dir() {
        return dir;
    }

    /** Writes a valid template folder {@code <id>/} of this version. */
    public CatalogueRepo template(String id, String version) throws IOException {
        return write(id + "/template.yaml", TemplateText.descriptor(id, version))
                .write(id + "/echo.groovy", "echo({{ greeting }})\n")
                .write(id + "/icon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
    }

    public CatalogueRepo write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return this;
    }

    public RevCommit commit(String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        return git.commit().setMessage(message).setSign(false).call();
    }

    public CatalogueRepo tag(String name) throws GitAPIException {
        git.tag().setName(name).setAnnotated(true).setMessage(name).setSigned(false).call();
        return this;
    }

    /** Moves an existing tag to the current commit, as {@code git tag -f} does. */
    public CatalogueRepo moveTag(String name) throws GitAPIException {
        git.tag().setName(name).setAnnotated(true).setMessage(name).setSigned(false).setForceUpdate(true).call();
        return this;
    }

    CatalogueRepo branch(String name) throws GitAPIException {
        git.branchCreate().setName(name).call();
        return this;
    }

    CatalogueRepo checkout(String branch) throws GitAPIException {
        git.checkout().setName(branch).call();
        return this;
    }

    @Override
    public void close() {
        git.close();
    }
}
