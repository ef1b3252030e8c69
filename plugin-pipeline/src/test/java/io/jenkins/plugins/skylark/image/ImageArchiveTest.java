package io.jenkins.plugins.skylark.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
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
        assertThat(OciArchive.read(archive).names()).contains("oci-layout", "index.json");
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

    @Test
    void shouldPackAnyDirectorySortedWithFixedTimesAndPermissions() throws Exception {
        write("site/index.html", "<h1>hello</h1>");
        write("site/css/site.css", "h1 { color: teal; }");
        Files.setPosixFilePermissions(write("site/bin/serve.sh", "#!/bin/sh\n"), PosixFilePermissions.fromString("rwxr-x---"));
        ImageRequest request = ImageRequest.builder().workspace(workspace.toString())
                .layers(Layouts.directory("site", "/srv/site")).repository("demo/site").build();

        new ImageEngine().build(request, line -> { });

        List<TarArchiveEntry> files = OciArchive.read(workspace.resolve(ImageRequest.DEFAULT_ARCHIVE)).layerEntries(0)
                .stream().filter(TarArchiveEntry::isFile).toList();
        assertThat(files).extracting(TarArchiveEntry::getName)
                .containsExactly("srv/site/bin/serve.sh", "srv/site/css/site.css", "srv/site/index.html");
        assertThat(files).extracting(entry -> Integer.toOctalString(entry.getMode() & 0777))
                .containsExactly("755", "644", "644");
        assertThat(files).allSatisfy(entry -> assertThat(entry.getModTime().getTime()).isEqualTo(1_000L));
    }

    private Path write(String relative, String content) throws IOException {
        Path file = workspace.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private static void touchAll(Path root, FileTime time) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, time);
            }
        }
    }
}
