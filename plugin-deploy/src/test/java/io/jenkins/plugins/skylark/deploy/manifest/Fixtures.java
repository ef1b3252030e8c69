package io.jenkins.plugins.skylark.deploy.manifest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Manifest fixtures stored next to the tests. */
public final class Fixtures {
    private Fixtures() {
    }

    public static ManifestSource source(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            return new ManifestSource(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder holding the fixtures, for path-based loading. */
    public static Path folder() {
        try {
            return Path.of(Fixtures.class.getResource("app.yaml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
