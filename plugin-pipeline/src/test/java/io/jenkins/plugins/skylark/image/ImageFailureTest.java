package io.jenkins.plugins.skylark.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.skylark.harness.registry.LocalRegistry;
import io.jenkins.plugins.skylark.harness.registry.RequiresRegistry;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way a push can fail against a real registry, with a message that names what failed and no secret. */
@RequiresRegistry
class ImageFailureTest {

    private static final String SECRET = "wr0ng-s3cret-value";

    @TempDir
    Path workspace;

    private final List<String> progress = new ArrayList<>();

    @Test
    void shouldNameTheRegistryAndUserWhoseCredentialsWereRefused() throws Exception {
        JavaAppWorkspace app = JavaAppWorkspace.create(workspace, 1_000);
        try (LocalRegistry registry = LocalRegistry.startWithBasicAuth("builder", "the-right-one")) {
            ImageRequest request = app.request().registry(registry.url()).insecure(true)
                    .credentials(new RegistryCredentials("builder", SECRET.toCharArray())).build();

            ImageBuildException failure = failureOf(request);

            assertThat(failure.reason()).isEqualTo(ImageBuildException.Reason.AUTHENTICATION_REFUSED);
            assertThat(failure).hasMessageContaining(registry.hostPort()).hasMessageContaining("'builder'");
            assertNoSecretIn(failure);
        }
    }

    @Test
    void shouldSayCredentialsAreMissingWhenTheRegistryWantsThem() throws Exception {
        JavaAppWorkspace app = JavaAppWorkspace.create(workspace, 1_000);
        try (LocalRegistry registry = LocalRegistry.startWithBasicAuth("builder", SECRET)) {
            ImageBuildException failure = failureOf(app.request().registry(registry.url()).insecure(true).build());

            assertThat(failure.reason()).isEqualTo(ImageBuildException.Reason.AUTHENTICATION_REFUSED);
            assertThat(failure).hasMessageContaining(registry.hostPort()).hasMessageContaining("requires credentials");
        }
    }

    @Test
    void shouldNameTheUnreachableRegistry() throws Exception {
        JavaAppWorkspace app = JavaAppWorkspace.create(workspace, 1_000);
        String nobody = "127.0.0.1:" + unusedPort();
        ImageRequest request = app.request().registry(nobody).insecure(true)
                .credentials(new RegistryCredentials("builder", SECRET.toCharArray())).build();

        ImageBuildException failure = failureOf(request);

        assertThat(failure.reason()).isEqualTo(ImageBuildException.Reason.REGISTRY_UNREACHABLE);
        assertThat(failure).hasMessageContaining("Registry " + nobody + " is unreachable");
        assertNoSecretIn(failure);
    }

    @Test
    void shouldNameTheMissingBaseImage() throws Exception {
        JavaAppWorkspace app = JavaAppWorkspace.create(workspace, 1_000);
        try (LocalRegistry registry = LocalRegistry.start()) {
            String base = registry.hostPort() + "/base/absent:1";

            ImageBuildException failure = failureOf(app.request().baseImage(base)
                    .registry(registry.hostPort()).insecure(true).build());

            assertThat(failure.reason()).isEqualTo(ImageBuildException.Reason.BASE_IMAGE_MISSING);
            assertThat(failure).hasMessage("Base image " + base + " does not exist in its registry");
        }
    }

    private ImageBuildException failureOf(ImageRequest request) {
        return catchThrowableOfType(ImageBuildException.class, () -> new ImageEngine().build(request, progress::add));
    }

    private void assertNoSecretIn(ImageBuildException failure) {
        assertThat(failure.getMessage()).doesNotContain(SECRET);
        assertThat(progress).isNotEmpty().noneMatch(line -> line.contains(SECRET));
    }

    private static int unusedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
