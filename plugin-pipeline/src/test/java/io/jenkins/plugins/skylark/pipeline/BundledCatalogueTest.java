package io.jenkins.plugins.skylark.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaging check of the bundled catalogue finds what a built plugin lacks. */
class BundledCatalogueTest {
    private static final String YAML = "skylark-templates/web/template.yaml";
    private static final String FRAGMENT = "skylark-templates/web/build.groovy";

    @TempDir
    Path dir;
    private Path sources;

    @BeforeEach
    void catalogueSources() throws IOException {
        sources = dir.resolve("sources");
        write(BundledCatalogue.INDEX, "# official\nweb\n");
        write(YAML, "id: web\n");
        write(FRAGMENT, "echo('build')\n");
    }

    @Test
    void shouldAcceptAPluginJarHoldingTheWholeCatalogue() throws IOException {
        assertThat(BundledCatalogue.problems(hpi(Map.of(BundledCatalogue.INDEX, "# official\nweb\n", YAML, "id: web\n",
                FRAGMENT, "echo('build')\n")), "skylark-pipeline", sources)).isEmpty();
    }

    @Test
    void shouldNameTheMissingIndex() throws IOException {
        assertThat(BundledCatalogue.problems(hpi(Map.of(YAML, "id: web\n")), "skylark-pipeline", sources))
                .containsExactly("skylark-templates/index.txt is not in the plugin jar");
    }

    @Test
    void shouldNameAListedTemplateWithoutItsDescriptorAndEveryMissingOrStaleFile() throws IOException {
        Map<String, String> jar = new LinkedHashMap<>();
        jar.put(BundledCatalogue.INDEX, "# official\nweb\n");
        jar.put(FRAGMENT, "echo('old')\n");

        assertThat(BundledCatalogue.problems(hpi(jar), "skylark-pipeline", sources)).containsExactly(
                "template web is listed in skylark-templates/index.txt but its template.yaml is not bundled",
                "skylark-templates/web/build.groovy differs from its source",
                "skylark-templates/web/template.yaml is not bundled");
    }

    private void write(String name, String text) throws IOException {
        Path file = sources.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** An .hpi whose WEB-INF/lib/skylark-pipeline.jar holds {@code entries}. */
    private Path hpi(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(jar)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                add(out, entry.getKey(), entry.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        Path hpi = dir.resolve("skylark-pipeline.hpi");
        try (OutputStream file = Files.newOutputStream(hpi); ZipOutputStream out = new ZipOutputStream(file)) {
            add(out, "WEB-INF/lib/skylark-pipeline.jar", jar.toByteArray());
        }
        return hpi;
    }

    private static void add(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
    }
}
