package io.jenkins.plugins.skylark.deploy.release.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class AnalysisMessagesTest {

    @Test
    void shouldTranslateEveryKeyIntoChinese() throws IOException {
        Properties english = load("Messages.properties");
        Properties chinese = load("Messages_zh_CN.properties");

        assertThat(chinese.keySet()).isEqualTo(english.keySet());
        assertThat(chinese.values()).allSatisfy(text -> assertThat(text.toString()).containsPattern("\\p{IsHan}"));
    }

    @Test
    void shouldUseTheSameArgumentsInBothLanguages() throws IOException {
        Properties english = load("Messages.properties");
        Properties chinese = load("Messages_zh_CN.properties");

        assertThat(english.stringPropertyNames()).allSatisfy(key -> assertThat(
                new MessageFormat(chinese.getProperty(key)).getFormatsByArgumentIndex().length)
                .as(key).isEqualTo(new MessageFormat(english.getProperty(key)).getFormatsByArgumentIndex().length));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AnalysisMessagesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
