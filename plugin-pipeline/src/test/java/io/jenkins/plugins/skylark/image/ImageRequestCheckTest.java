package io.jenkins.plugins.skylark.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests that must fail before anything is built or sent, and how a request travels. */
class ImageRequestCheckTest {

    @TempDir
    Path workspace;

    private final List<String> progress = new ArrayList<>();

    @Test
    void shouldNameTheLayerAndThePatternThatMatchedNothing() throws Exception {
        JavaAppWorkspace app = JavaAppWorkspace.create(workspace, 100);
        ImageRequest request = app.request()
                .layer(new LayerSpec("scripts", LayerKind.RESOURCES, "bin", List.of("*.sh"), "/app/bin"))
                .registry("127.0.0.1:1").build();

        ImageBuildException failure = failureOf(request);

        assertThat(failure.reason()).isEqualTo(ImageBuildException.Reason.PATTERN_MATCHED_NOTHING);
        assertThat(failure).hasMessage("Layer 'scripts': the file pattern '*.sh' matched no file under bin");
        assertThat(progress).as("nothing started").isEmpty();
    }

    @Test
    void shouldRejectALayerDirectoryOutsideTheWorkspace() throws Exception {
        JavaAppWorkspace app = JavaAppWorkspace.create(workspace, 100);

        ImageBuildException failure = failureOf(app.request()
                .layer(new LayerSpec("secrets", LayerKind.RESOURCES, "../..", List.of("**/*"), "/etc")).build());

        assertThat(failure).hasMessage("layers[3].directory: '../..' points outside the workspace");
    }

    @Test
    void shouldNameEachInvalidField() throws Exception {
        JavaAppWorkspace app = JavaAppWorkspace.create(workspace, 100);

        assertThat(messageFor(app, builder -> builder.repository("Demo/Hello"))).startsWith("repository: 'Demo/Hello'");
        assertThat(messageFor(app, builder -> builder.tags(List.of("ok", "-bad")))).startsWith("tags: '-bad'");
        assertThat(messageFor(app, builder -> builder.ports(List.of("80x")))).startsWith("ports: [80x]");
        assertThat(messageFor(app, builder -> builder.baseImage("no spaces:here")))
                .startsWith("from: 'no spaces:here'"); // platformImage's parameter is `from`
        assertThat(messageFor(app, builder -> builder.workingDirectory("app"))).startsWith("workingDirectory: 'app'");
        assertThat(messageFor(app, builder -> builder.repository(null))).isEqualTo("repository is required");
        assertThat(messageFor(app, builder -> builder.archive("../out.tar"))).startsWith("archive: '../out.tar'");
    }

    @Test
    void shouldTravelSerialisedWithoutShowingThePassword() throws Exception {
        ImageRequest request = ImageRequest.builder().workspace(workspace.toString()).repository("demo/hello")
                .layers(Layouts.directory("site", "/srv")).registry("registry.example.com")
                .credentials(new RegistryCredentials("builder", "s3cret".toCharArray())).build();

        ImageRequest copy = roundTrip(request);

        assertThat(copy.layers()).isEqualTo(request.layers());
        assertThat(copy.credentials().username()).isEqualTo("builder");
        assertThat(new String(copy.credentials().password())).isEqualTo("s3cret");
        assertThat(copy.toString()).contains("registry.example.com", "builder").doesNotContain("s3cret");
    }

    @Test
    void shouldWipeThePasswordWhenCleared() {
        RegistryCredentials credentials = new RegistryCredentials("builder", "s3cret".toCharArray());

        credentials.clear();

        assertThat(new String(credentials.password())).doesNotContain("s3cret");
    }

    private String messageFor(JavaAppWorkspace app, UnaryOperator<ImageRequest.Builder> change) {
        ImageBuildException failure = failureOf(change.apply(app.request()).build());
        assertThat(failure.reason()).isEqualTo(ImageBuildException.Reason.INVALID_REQUEST);
        assertThat(Files.exists(workspace.resolve(ImageRequest.DEFAULT_ARCHIVE))).isFalse();
        return failure.getMessage();
    }

    private ImageBuildException failureOf(ImageRequest request) {
        return catchThrowableOfType(ImageBuildException.class, () -> new ImageEngine().build(request, progress::add));
    }

    private static ImageRequest roundTrip(ImageRequest request) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(request);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (ImageRequest) in.readObject();
        }
    }
}
