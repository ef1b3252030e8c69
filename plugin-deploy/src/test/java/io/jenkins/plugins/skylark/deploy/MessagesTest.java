package io.jenkins.plugins.skylark.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "manifest/", "rollout/", "apply/", "cluster/", "expose/", "release/"})
    void shouldTranslateEveryKeyIntoChinese(String folder) throws IOException {
        Properties english = load(folder + "Messages.properties");
        Properties chinese = load(folder + "Messages_zh_CN.properties");

        assertThat(chinese.keySet()).isEqualTo(english.keySet());
        assertThat(chinese.values()).allSatisfy(text -> assertThat(text.toString()).containsPattern("\\p{IsHan}"));
    }
}
