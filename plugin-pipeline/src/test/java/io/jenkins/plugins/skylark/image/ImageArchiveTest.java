package io.jenkins.plugins.skylark.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds that need no registry: the OCI archive fallback and layer reproducibility. */
class ImageArchiveTest {

    @TempDir
    Path workspace;

    @Test
    void shouldWriteAnOciArchiveIntoTheWorkspaceAndSaySo() throws Exception {
        JavaAppWorkspace app = JavaAppWorkspace.create(workspace, 1_000);
        List<String> progress = new ArrayList<>();

        ImageResult result = new ImageEngine().build(app.request().tags(List.of("7")).build(), progress::add);

        Path archive = workspace.resolve(ImageRequest.DEFAULT_ARCHIVE);
        assertThat(result.destination()).isEqualTo(ImageResult.Destination.ARCHIVE);
        assertThat(result.archive()).isEqualTo(archive.toString());
        assertThat(result.reference()).isEqualTo("demo/hello@" + result.digest());
        assertThat(result.bytesSent()).isZero();
        assertThat(entriesOf(archive)).contains("oci-layout", "index.json");
        assertThat(progress).anyMatch(line -> line.contains("No registry configured") && line.contains(archive.toString()));
    }

    @Test
    void shouldStackDependenciesThenResourcesThenApplicationWhateverTheDeclaredOrder() throws Exception {
        JavaAppWorkspace app = JavaAppWorkspace.create(workspace, 1_000);

        ImageResult result = new ImageEngine().build(app.request().build(), line -> { });

        assertThat(result.layers()).extracting(LayerResult::name).containsExactly("dependencies", "resources", "classes");
        assertThat(result.layers()).extracting(LayerResult::files).containsExactly(2, 1, 2);
    }

    @Test
    void shouldGiveTheSameDigestsWhenOnlyFileTimesChanged() throws Exception {
        JavaAppWorkspace app = JavaAppWorkspace.create(workspace, 1_000);
        ImageResult first = new ImageEngine().build(app.request().build(), line -> { });

        touchAll(workspace, FileTime.fromMillis(1_700_000_000_000L));
        app.compile("Hello, world"); // same source compiled again: new files, same bytes
        ImageResult second = new ImageEngine().build(app.request().build(), line -> { });

        assertThat(second.layers()).extracting(LayerResult::digest)
                .containsExactlyElementsOf(first.layers().stream().map(LayerResult::digest).toList());
        assertThat(second.digest()).isEqualTo(first.digest());
    }

    @Test
    void shouldChangeOnlyTheApplicationLayerWhenOneClassChanges() throws Exception {
        JavaAppWorkspace app = JavaAppWorkspace.create(workspace, 1_000);
        ImageResult first = new ImageEngine().build(app.request().build(), line -> { });

        app.compile("Hello, changed world");
        ImageResult second = new ImageEngine().build(app.request().build(), line -> { });

        assertThat(second.layers().get(0).digest()).isEqualTo(first.layers().get(0).digest());
        assertThat(second.layers().get(1).digest()).isEqualTo(first.layers().get(1).digest());
        assertThat(second.layers().get(2).digest()).isNotEqualTo(first.layers().get(2).digest());
    }

    private static void touchAll(Path root, FileTime time) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, time);
            }
        }
    }

    private static List<String> entriesOf(Path tar) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(tar); TarArchiveInputStream entries = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
