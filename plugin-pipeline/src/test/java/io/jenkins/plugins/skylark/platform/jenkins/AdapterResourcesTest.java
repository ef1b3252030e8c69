package io.jenkins.plugins.skylark.platform.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every adapter form is well-formed, labelled in English and Chinese, and every field has help in both. */
class AdapterResourcesTest {
    private static final Pattern FIELD = Pattern.compile("field=\"([^\"]+)\"");

    static List<Path> forms() throws IOException, URISyntaxException {
        Path classes = Path.of(SkylarkConfiguration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(p -> p.getFileName().toString().equals("config.jelly")).toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void shouldHaveEnglishAndChineseHelpForEveryField(Path form) throws Exception {
        String jelly = Files.readString(form);
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(form.toFile());
        Matcher fields = FIELD.matcher(jelly);
        int count = 0;
        while (fields.find()) {
            count++;
            assertThat(form.resolveSibling("help-" + fields.group(1) + ".html")).exists();
            assertThat(form.resolveSibling("help-" + fields.group(1) + "_zh_CN.html")).exists();
        }
        assertThat(count).isPositive();
        assertThat(load(form.resolveSibling("config_zh_CN.properties")).keySet())
                .containsExactlyInAnyOrderElementsOf(load(form.resolveSibling("config.properties")).keySet());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"platform/jenkins", "tenancy/jenkins", "context/jenkins"})
    void shouldTranslateEveryMessageIntoChinese(String pkg) throws IOException {
        Properties english = resource(pkg, "Messages.properties");
        Properties chinese = resource(pkg, "Messages_zh_CN.properties");

        assertThat(english).isNotEmpty();
        assertThat(chinese.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        english.forEach((key, value) -> assertThat(chinese.get(key)).as("zh_CN %s", key).isNotEqualTo(value));
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return properties;
    }

    private static Properties resource(String pkg, String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AdapterResourcesTest.class.getResourceAsStream("/io/jenkins/plugins/skylark/" + pkg + "/" + name)) {
            assertThat(in).as(pkg + "/" + name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
