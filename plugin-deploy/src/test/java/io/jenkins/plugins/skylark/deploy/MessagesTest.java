package io.jenkins.plugins.skylark.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MessagesTest {
    private static final Path RESOURCES = Path.of("src/main/resources");

    /** Every English bundle of the module, found on disk so that a new package cannot be forgotten here. */
    static Stream<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(file -> file.getFileName().toString().equals("Messages.properties"))
                    .map(RESOURCES::relativize).toList().stream();
        }
    }

    private static Properties load(Path resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + resource.toString().replace('\\', '/'))) {
            assertThat(in).as(resource.toString()).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void shouldFindTheDeployBundles() throws IOException {
        assertThat(bundles()).contains(Path.of("io/jenkins/plugins/skylark/deploy/Messages.properties"),
                Path.of("io/jenkins/plugins/skylark/deploy/expose/Messages.properties"));
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void shouldTranslateEveryKeyIntoChinese(Path bundle) throws IOException {
        Properties english = load(bundle);
        Properties chinese = load(bundle.resolveSibling("Messages_zh_CN.properties"));

        assertThat(chinese.keySet()).isEqualTo(english.keySet());
        assertThat(chinese.values()).allSatisfy(text -> assertThat(text.toString()).containsPattern("\\p{IsHan}"));
    }
}
