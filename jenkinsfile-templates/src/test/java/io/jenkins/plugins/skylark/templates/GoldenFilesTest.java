package io.jenkins.plugins.skylark.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.jenkins.plugins.skylark.template.RenderedJenkinsfile;
import io.jenkins.plugins.skylark.template.ScriptFacts;
import io.jenkins.plugins.skylark.template.TemplateEngine;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Renders every example of every template and compares with {@code golden/<id>/<example>.Jenkinsfile}
 * ({@code -Dgolden.update=true} rewrites them). Rendering itself checks Groovy syntax and the
 * declarative outline; on top, catalogue fragments use no GStrings, so no value is ever interpolated.
 */
class GoldenFilesTest {

    @TestFactory
    Stream<DynamicTest> shouldRenderEveryExampleAsItsGoldenFile() {
        return Catalogue.TEMPLATES.all().stream().flatMap(template -> template.examples().stream()
                .map(example -> DynamicTest.dynamicTest(template.id() + " " + example.name(), () -> {
                    RenderedJenkinsfile rendered = TemplateEngine.render(template, example.values());

                    assertThat(ScriptFacts.of(template.id(), rendered.text()).gStrings()).isZero();
                    Golden.assertMatches(golden(template.id(), example.name()), rendered.text());
                })));
    }

    @Test
    void shouldKeepNoGoldenFileWithoutItsExample() throws IOException {
        try (Stream<Path> files = Files.walk(Golden.ROOT)) {
            assertThat(files.filter(Files::isRegularFile).toList()).allSatisfy(file -> assertThat(
                    Catalogue.TEMPLATES.all().stream().flatMap(t -> t.examples().stream()
                            .map(e -> golden(t.id(), e.name())))).contains(file));
        }
    }

    private static Path golden(String id, String example) {
        return Golden.ROOT.resolve(id).resolve(example + ".Jenkinsfile");
    }
}
