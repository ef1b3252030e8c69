package io.jenkins.plugins.skylark.platform.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageMessagesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"platform/page", "platform/page/jenkins"})
    void shouldTranslateEveryKeyIntoSimplifiedChinese(String pkg) throws IOException {
        Properties english = load(pkg, "Messages.properties");
        Properties chinese = load(pkg, "Messages_zh_CN.properties");

        assertThat(english).isNotEmpty();
        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        long translated = english.stringPropertyNames().stream()
                .filter(key -> !english.getProperty(key).equals(chinese.getProperty(key))).count();
        // Only names (ID, Istio, Gateway API, Kubernetes {0}) read the same in both.
        assertThat(translated).isGreaterThanOrEqualTo(english.size() - 5);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "zh-CN"})
    void shouldHaveAScriptTextAndALabelForEveryField(String language) {
        var texts = PageMessages.forScript(Locale.forLanguageTag(language));

        for (ObjectKind kind : ObjectKind.values()) {
            assertThat(texts).containsKeys("kind." + kind.userName(), "section." + kind.userName());
            kind.fields().forEach(field -> assertThat(texts.get("field." + field.name())).isNotBlank());
        }
    }

    private static Properties load(String pkg, String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PageMessagesTest.class.getResourceAsStream("/io/jenkins/plugins/skylark/" + pkg + "/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
