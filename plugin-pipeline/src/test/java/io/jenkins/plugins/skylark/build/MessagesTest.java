package io.jenkins.plugins.skylark.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every text of the build packages exists in English and Simplified Chinese. */
class MessagesTest {

    @Test
    void shouldTranslateEveryKeyOfBothPackages() throws IOException {
        for (String bundle : new String[] {"/io/jenkins/plugins/skylark/build/Messages",
            "/io/jenkins/plugins/skylark/build/jenkins/Messages"}) {
            Properties english = load(bundle + ".properties");
            Properties chinese = load(bundle + "_zh_CN.properties");

            assertThat(chinese.stringPropertyNames()).as(bundle).isEqualTo(english.stringPropertyNames());
        }
        assertThat(load("/io/jenkins/plugins/skylark/build/Messages_zh_CN.properties")
                .getProperty("BuildOutcome.notFound")).contains("找不到");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
