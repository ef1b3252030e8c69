package io.jenkins.plugins.skylark.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import io.jenkins.plugins.skylark.template.TemplateDescriptor;

import org.junit.jupiter.api.Test;

/**
 * The catalogue table in README.md is generated from the templates: this test fails when it is out
 * of date and rewrites it with {@code -Dgolden.update=true}.
 */
class CatalogueReadmeTest {

    private static final Path README = Path.of("README.md");
    private static final String BEGIN = "<!-- catalogue:begin -->\n";
    private static final String END = "<!-- catalogue:end -->";

    @Test
    void shouldListEveryTemplateInTheReadme() throws IOException {
        String readme = Files.readString(README);
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        assertThat(begin).as("README.md needs the markers %s and %s", BEGIN.strip(), END).isNotNegative();
        assertThat(end).isGreaterThan(begin);

        String updated = readme.substring(0, begin + BEGIN.length()) + table() + readme.substring(end);
        if (Golden.UPDATE) {
            Files.writeString(README, updated);
            return;
        }
        assertThat(readme).as("catalogue table in README.md (run with -Dgolden.update=true)").isEqualTo(updated);
    }

    private static String table() {
        return "| Template / 模板 | Id | Version | Category | Stages | Parameters (* required) |\n"
                + "|---|---|---|---|---|---|\n"
                + Catalogue.TEMPLATES.all().stream().map(CatalogueReadmeTest::row).collect(Collectors.joining());
    }

    private static String row(TemplateDescriptor t) {
        String stages = t.stages().stream().map(s -> s.name().en() + (s.when().isAlways() ? "" : " (optional)"))
                .collect(Collectors.joining(" → "));
        String parameters = t.parameters().stream().map(p -> "`" + p.name() + "`" + (p.required() ? "*" : ""))
                .collect(Collectors.joining(", "));
        return "| " + cell(t.name().en() + " / " + t.name().zh()) + " | `" + t.id() + "` | " + t.version() + " | "
                + t.category() + " | " + cell(stages) + " | " + parameters + " |\n";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
