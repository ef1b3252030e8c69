package io.jenkins.plugins.skylark.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each temporary folder plays a catalogue jar: an index plus template folders. */
class TemplateCatalogTest {

    @TempDir
    Path dir;

    @Test
    void shouldListTheTemplatesOfEveryIndexOnTheClassPath() throws IOException {
        Path first = jar("first", "# templates of the first jar\necho-values\n", "echo-values");
        Path second = jar("second", "hidden-use\n", "hidden-use");

        TemplateCatalog catalog = TemplateCatalog.load(loader(first, second));

        assertThat(catalog.all()).extracting(TemplateDescriptor::id).containsExactly("echo-values", "hidden-use");
        assertThat(catalog.get("hidden-use")).isPresent();
        assertThat(catalog.get("other")).isEmpty();
    }

    @Test
    void shouldRejectATemplateListedTwice() throws IOException {
        Path first = jar("first", "echo-values\n", "echo-values");
        Path second = jar("second", "\necho-values\n");

        assertThatThrownBy(() -> TemplateCatalog.load(loader(first, second)))
                .isInstanceOf(TemplateDefinitionException.class)
                .hasMessageContaining("second/skylark-templates/index.txt (line 2)")
                .hasMessageContaining("listed more than once");
    }

    @Test
    void shouldNameTheDescriptorOfAListedTemplateThatIsMissing() throws IOException {
        Path jar = jar("first", "missing\n");

        assertThatThrownBy(() -> TemplateCatalog.load(loader(jar)))
                .hasMessage("skylark-templates/missing/template.yaml: template descriptor not found");
    }

    private Path jar(String name, String index, String... templates) throws IOException {
        Path root = Files.createDirectories(dir.resolve(name).resolve(TemplateCatalog.ROOT));
        Files.writeString(root.resolve("index.txt"), index);
        for (String id : templates) {
            copy(Fixtures.folder(id), Files.createDirectories(root.resolve(id)));
        }
        return dir.resolve(name);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    private static ClassLoader loader(Path... roots) throws IOException {
        URL[] urls = new URL[roots.length];
        for (int i = 0; i < roots.length; i++) {
            urls[i] = roots[i].toUri().toURL();
        }
        return new URLClassLoader(urls, null);
    }
}
