package io.jenkins.plugins.skylark.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** The sample service's Git repository, with commits at the times the scenario chooses. */
final class SampleRepository {
    /** The sample service, from the test class path (so it is found whatever the working directory). */
    private static final Path SOURCE = source();
    private final Path directory;

    private SampleRepository(Path directory) {
        this.directory = directory;
    }

    /** A repository on branch {@code main} holding the sample service, committed at {@code at}. */
    static SampleRepository create(Path directory, Instant at) throws IOException, GitAPIException {
        return create(SOURCE, directory, at);
    }

    /**
     * A repository on branch {@code main} holding the project at {@code source} and, when it brings none, the
     * sample service's {@code k8s/} manifests (a file named {@code gradlew} made executable: resources lose
     * their modes), committed at {@code at}.
     */
    static SampleRepository create(Path source, Path directory, Instant at) throws IOException, GitAPIException {
        copy(source, directory);
        if (!Files.exists(directory.resolve("k8s"))) {
            copy(SOURCE.resolve("k8s"), directory.resolve("k8s"));
        }
        Path wrapper = directory.resolve("gradlew");
        if (Files.exists(wrapper)) {
            wrapper.toFile().setExecutable(true);
        }
        try (Git git = Git.init().setDirectory(directory.toFile()).setInitialBranch("main").call()) {
            SampleRepository repository = new SampleRepository(directory);
            repository.commitAll(git, "Orders service v1", at);
            return repository;
        }
    }

    private static Path source() {
        try {
            return Path.of(SampleRepository.class.getResource("/sample-app/pom.xml").toURI()).getParent();
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("the sample service is not on the test class path", e);
        }
    }

    Path directory() {
        return directory;
    }

    /** Changes the service's version string and commits it at {@code at}; returns the commit id. */
    String release(String version, Instant at) throws IOException, GitAPIException {
        Path file = directory.resolve("src/main/java/shop/orders/Version.java");
        Files.writeString(file, Files.readString(file).replaceAll("NAME = \"[^\"]*\"", "NAME = \"" + version + "\""));
        try (Git git = Git.open(directory.toFile())) {
            return commitAll(git, "Orders service " + version, at).getName();
        }
    }

    /** Replaces {@code from} by {@code to} in {@code file} and commits it at {@code at}; returns the commit id. */
    String change(String file, String from, String to, Instant at) throws IOException, GitAPIException {
        Path path = directory.resolve(file);
        String text = Files.readString(path);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(file + " does not contain " + from);
        }
        Files.writeString(path, text.replace(from, to));
        try (Git git = Git.open(directory.toFile())) {
            return commitAll(git, "Orders service " + to, at).getName();
        }
    }

    private RevCommit commitAll(Git git, String message, Instant at) throws GitAPIException {
        git.add().addFilepattern(".").call();
        PersonIdent person = new PersonIdent("Demo Developer", "dev@example.org", at, java.time.ZoneOffset.UTC);
        return git.commit().setMessage(message).setAuthor(person).setCommitter(person).setSign(false).call();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(source -> {
                Path target = to.resolve(from.relativize(source).toString());
                try {
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
