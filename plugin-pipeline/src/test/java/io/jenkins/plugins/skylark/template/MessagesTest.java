package io.jenkins.plugins.skylark.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void shouldTranslateEveryMessageIntoChinese() throws IOException {
        Properties english = load("Messages.properties");
        Properties chinese = load("Messages_zh_CN.properties");

        assertThat(chinese.keySet()).isEqualTo(english.keySet());
        chinese.forEach((key, text) -> assertThat((String) text).as("%s", key)
                .isNotEqualTo(english.get(key)).containsPattern("\\p{IsHan}"));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(Messages.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
