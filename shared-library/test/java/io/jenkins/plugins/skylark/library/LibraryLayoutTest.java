package io.jenkins.plugins.skylark.library;

import static org.assertj.core.api.Assertions.assertThat;

import groovy.lang.GroovyClassLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The library as Jenkins loads it: every global variable compiles with Groovy 2.4 and has its help text. */
class LibraryLayoutTest {
    private static final Path VARS = Path.of("vars");

    private static List<Path> variables() throws IOException {
        try (Stream<Path> files = Files.list(VARS)) {
            return files.filter(file -> file.toString().endsWith(".groovy")).sorted().toList();
        }
    }

    @Test
    void shouldDocumentEveryGlobalVariable() throws IOException {
        assertThat(variables()).isNotEmpty().allSatisfy(variable -> assertThat(
                VARS.resolve(variable.getFileName().toString().replace(".groovy", ".txt"))).isNotEmptyFile());
    }

    @Test
    void shouldCompileEveryVariableAndClassWithJenkinsGroovy() throws IOException {
        try (GroovyClassLoader loader = new GroovyClassLoader(getClass().getClassLoader())) {
            loader.addClasspath(Path.of("src").toAbsolutePath().toString());
            for (Path variable : variables()) {
                assertThat(loader.parseClass(variable.toFile())).isNotNull();
            }
        }
        assertThat(groovy.lang.GroovySystem.getVersion()).isEqualTo("2.4.21");
    }
}
