package io.jenkins.plugins.skylark.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Expected output kept in files. Run the tests with {@code -Dgolden.update=true} to rewrite the
 * files from the current output, then review the diff before committing it.
 */
final class Golden {

    static final boolean UPDATE = Boolean.getBoolean("golden.update");
    static final Path ROOT = Path.of("src/test/resources/golden");

    private Golden() {
    }

    static void assertMatches(Path file, String actual) throws IOException {
        if (UPDATE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual);
            return;
        }
        assertThat(file).as("golden file %s is missing: run with -Dgolden.update=true to create it", file)
                .exists();
        assertThat(actual).as("output differs from %s (run with -Dgolden.update=true to accept it)", file)
                .isEqualTo(Files.readString(file));
    }
}
