package io.jenkins.plugins.skylark.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the files of one template folder come from: a class-path folder (catalogue jars) or a
 * directory (tests, template authors). Paths are relative to the folder and use {@code /}.
 */
public interface TemplateSource {

    /** The folder's name, which is the template id. */
    String id();

    /** Where a file lives, for error messages. */
    String describe(String path);

    /** The file as UTF-8 text, or empty when it does not exist. */
    Optional<String> read(String path);

    static TemplateSource classpath(ClassLoader loader, String folder) {
        return new TemplateSource() {
            @Override
            public String id() {
                return folder.substring(folder.lastIndexOf('/') + 1);
            }

            @Override
            public String describe(String path) {
                return folder + "/" + path;
            }

            @Override
            public Optional<String> read(String path) {
                try (InputStream in = loader.getResourceAsStream(describe(path))) {
                    return in == null ? Optional.empty()
                            : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + describe(path), e);
                }
            }
        };
    }

    static TemplateSource directory(Path folder) {
        return new TemplateSource() {
            @Override
            public String id() {
                return folder.getFileName().toString();
            }

            @Override
            public String describe(String path) {
                return folder.resolve(path).toString();
            }

            @Override
            public Optional<String> read(String path) {
                Path file = folder.resolve(path);
                try {
                    return Files.isRegularFile(file) ? Optional.of(Files.readString(file)) : Optional.empty();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
            }
        };
    }
}
