package io.jenkins.plugins.skylark.template.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both gallery bundles (core and adapter) are completely translated, and every value is a valid pattern. */
class GalleryMessagesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"template/gallery", "template/gallery/jenkins"})
    void shouldTranslateEveryKeyIntoChinese(String pkg) throws IOException {
        Properties english = load(pkg, "Messages.properties");
        Properties chinese = load(pkg, "Messages_zh_CN.properties");

        assertThat(english).isNotEmpty();
        assertThat(chinese.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        english.forEach((key, value) -> {
            assertThat(chinese.getProperty((String) key)).as("zh_CN value of %s", key).isNotEqualTo(value);
            assertThat(new MessageFormat((String) value).format(new Object[] {"a", "b", "c", "d", "e"})).isNotBlank();
        });
    }

    private static Properties load(String pkg, String file) throws IOException {
        String path = "/io/jenkins/plugins/skylark/" + pkg + "/" + file;
        Properties properties = new Properties();
        try (InputStream in = GalleryMessagesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
