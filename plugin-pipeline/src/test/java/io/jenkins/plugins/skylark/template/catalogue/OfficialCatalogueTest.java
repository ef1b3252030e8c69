package io.jenkins.plugins.skylark.template.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled catalogue from a class loader: bad index lines and broken templates are problems, the rest loads. */
class OfficialCatalogueTest {

    @TempDir
    Path root;

    private void write(String path, String text) throws Exception {
        Path file = root.resolve("skylark-templates").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void template(String id, String version) throws Exception {
        write(id + "/template.yaml", TemplateText.descriptor(id, version));
        write(id + "/echo.groovy", "echo({{ greeting }})\n");
        write(id + "/icon.svg", "<svg/>");
    }

    private LoadedCatalogue load() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            return OfficialCatalogue.load(loader, "1.4.0");
        }
    }

    @Test
    void shouldLoadEveryListedTemplateAsTheOfficialCatalogueAtThePluginVersion() throws Exception {
        template("beta", "2.0.0");
        template("alpha", "1.0.0");
        write("index.txt", "# official\nbeta\nalpha  # the first\n\n");

        LoadedCatalogue catalogue = load();

        assertThat(catalogue.problems()).isEmpty();
        assertThat(catalogue.id()).isEqualTo("official");
        assertThat(catalogue.version()).isEqualTo("1.4.0");
        assertThat(catalogue.templates()).extracting(t -> t.descriptor().id() + "@" + t.descriptor().version()
                + " in " + t.catalogueId() + " " + t.catalogueVersion())
                .containsExactly("alpha@1.0.0 in official 1.4.0", "beta@2.0.0 in official 1.4.0");
        assertThat(catalogue.icon("alpha")).hasValueSatisfying(b -> assertThat(new String(b)).isEqualTo("<svg/>"));
    }

    @Test
    void shouldTurnBadLinesAndBrokenTemplatesIntoProblemsAndLoadTheRest() throws Exception {
        template("good", "1.0.0");
        template("broken", "1.0.0");
        write("broken/echo.groovy", "echo({{ nobody }})\n");
        write("index.txt", "good\nNot_An_Id\ngood\nbroken\nmissing\n");

        LoadedCatalogue catalogue = load();

        assertThat(catalogue.templates()).extracting(t -> t.descriptor().id()).containsExactly("good");
        assertThat(catalogue.problems()).containsExactly(
                new CatalogueProblem("official", "skylark-templates/index.txt", "", 2,
                        "template id \"Not_An_Id\" is not a valid id (lower-case letters, digits and dashes)"),
                new CatalogueProblem("official", "skylark-templates/index.txt", "", 3,
                        "template id \"good\" is listed more than once"),
                new CatalogueProblem("official", "broken/template.yaml", "stages[0].tasks[0].fragment", 17,
                        "refers to \"nobody\", which is not a declared parameter"),
                new CatalogueProblem("official", "missing/template.yaml", "", 0, "template descriptor not found"));
    }

    @Test
    void shouldLoadTheBundledCatalogueWithoutProblems() {
        LoadedCatalogue bundled = OfficialCatalogue.load(CatalogueLibrary.class.getClassLoader(), "bundled");

        assertThat(bundled.problems()).isEmpty();
        assertThat(bundled.templates()).extracting(t -> t.descriptor().id()).contains("java-service-kubernetes",
                "java-gradle-service", "node-frontend", "go-service");
        assertThat(bundled.templates()).allSatisfy(t -> assertThat(bundled.icon(t.descriptor().id())).isPresent());
    }

    @Test
    void shouldBeEmptyWithoutAnIndex() throws Exception {
        LoadedCatalogue catalogue = load();

        assertThat(catalogue.templates()).isEmpty();
        assertThat(catalogue.problems()).isEmpty();
    }

    @Test
    void shouldTellThePluginVersionFromTheManifestBesideTheClasses() {
        assertThat(OfficialCatalogue.pluginVersion(OfficialCatalogue.class)).as("target/classes' manifest")
                .matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(OfficialCatalogue.pluginVersion(OfficialCatalogueTest.class)).as("no manifest").isEqualTo("bundled");
    }
}
