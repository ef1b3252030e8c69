package io.jenkins.plugins.skylark.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every bundle of this module's core packages is completely translated, and every value is a valid pattern. */
class MessagesBundlesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"platform", "tenancy", "context", "context/jenkins", "image/plan", "image/jenkins", "notify", "notify/routing", "notify/jenkins", "release", "harbor", "harbor/jenkins", "git"})
    void shouldTranslateEveryKeyIntoChinese(String pkg) throws IOException {
        Properties english = load(pkg, "Messages.properties");
        Properties chinese = load(pkg, "Messages_zh_CN.properties");

        assertThat(english).isNotEmpty();
        assertThat(chinese.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        english.forEach((key, value) -> {
            assertThat(chinese.getProperty((String) key)).as("zh_CN value of %s", key).isNotEqualTo(value);
            assertThat(new MessageFormat((String) value).format(new Object[] {"a", "b", "c", "d"})).isNotBlank();
        });
    }

    @Test
    void shouldFallBackToEnglishForUntranslatedLocalesWhateverTheJvmDefault() {
        LocalizedBundle bundle = new LocalizedBundle("io.jenkins.plugins.skylark.platform.Messages", getClass());
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try {
            assertThat(bundle.format(Locale.FRENCH, "required")).isEqualTo("must not be empty");
            assertThat(bundle.format(Locale.SIMPLIFIED_CHINESE, "required")).isEqualTo("不能为空");
        } finally {
            Locale.setDefault(saved);
        }
    }

    private static Properties load(String pkg, String file) throws IOException {
        String path = "/io/jenkins/plugins/skylark/" + pkg + "/" + file;
        Properties properties = new Properties();
        try (InputStream in = MessagesBundlesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
