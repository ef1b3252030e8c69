package io.jenkins.plugins.skylark.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every user-facing text of the engine and the report has a Simplified Chinese twin. */
class MessagesTranslatedTest {

    private static Properties load(String resource) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = MessagesTranslatedTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/io/jenkins/plugins/skylark/metrics/dora/Messages",
        "/io/jenkins/plugins/skylark/metrics/report/Messages", "/io/jenkins/plugins/skylark/metrics/jenkins/Messages",
        "/io/jenkins/plugins/skylark/metrics/incidents/Messages", "/io/jenkins/plugins/skylark/metrics/page/Messages"})
    void shouldTranslateEveryKey(String bundle) throws Exception {
        Properties english = load(bundle + ".properties");
        Properties chinese = load(bundle + "_zh_CN.properties");

        assertThat(chinese.keySet()).isEqualTo(english.keySet());
        assertThat(chinese.stringPropertyNames()).filteredOn(k -> !k.startsWith("bin.") && !k.startsWith("duration.less"))
                .allSatisfy(k -> assertThat(chinese.getProperty(k)).isNotEqualTo(english.getProperty(k)));
    }
}
