package io.jenkins.plugins.skylark.metrics.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTranslationTest {

    @ParameterizedTest
    @ValueSource(strings = {"io/jenkins/plugins/skylark/metrics/store/"})
    void shouldTranslateEveryKeyToChinese(String folder) throws IOException {
        Properties english = load(folder + "Messages.properties");
        Properties chinese = load(folder + "Messages_zh_CN.properties");

        assertThat(english).isNotEmpty();
        assertThat(chinese.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        assertThat(chinese.values()).allSatisfy(text -> assertThat(text.toString()).containsPattern("\\p{IsHan}"));
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTranslationTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
