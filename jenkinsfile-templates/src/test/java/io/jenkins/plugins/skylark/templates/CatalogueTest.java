package io.jenkins.plugins.skylark.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.jenkins.plugins.skylark.template.TemplateCatalog;
import io.jenkins.plugins.skylark.template.TemplateDescriptor;
import io.jenkins.plugins.skylark.template.TemplateParameter;

import org.junit.jupiter.api.Test;

/** The catalogue registers every template folder it ships, and each is complete. */
class CatalogueTest {

    @Test
    void shouldListEveryTemplateFolderInTheIndex() throws IOException {
        try (Stream<Path> folders = Files.list(Path.of("src/main/resources", TemplateCatalog.ROOT))) {
            assertThat(Catalogue.TEMPLATES.all()).extracting(TemplateDescriptor::id)
                    .containsExactlyElementsOf(folders.filter(Files::isDirectory)
                            .map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void shouldOfferTheJavaServiceTemplate() {
        assertThat(Catalogue.TEMPLATES.get("java-service-kubernetes")).isPresent();
    }

    @Test
    void shouldGiveEveryTemplateExamplesAndChineseTexts() {
        for (TemplateDescriptor template : Catalogue.TEMPLATES.all()) {
            assertThat(template.examples()).as(template.id()).isNotEmpty();
            assertThat(template.name().zh()).as(template.id()).isNotEqualTo(template.name().en());
            assertThat(template.parameters()).extracting(TemplateParameter::label)
                    .allSatisfy(label -> assertThat(label.zh()).as(template.id() + " " + label.en())
                            .containsPattern("\\p{IsHan}"));
        }
    }
}
