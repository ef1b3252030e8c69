package io.jenkins.plugins.skylark.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void shouldTranslateEveryKeyIntoSimplifiedChinese() throws IOException {
        Properties english = load("Messages.properties");
        Properties chinese = load("Messages_zh_CN.properties");

        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(chinese.getProperty("error.baseImageMissing")).contains("基础镜像");
    }

    @Test
    void shouldReadTheChineseBundleAsUtf8() {
        ResourceBundle bundle = ResourceBundle.getBundle("io.jenkins.plugins.skylark.image.Messages", Locale.SIMPLIFIED_CHINESE);

        assertThat(bundle.getString("error.unreachable")).startsWith("无法连接镜像仓库");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
