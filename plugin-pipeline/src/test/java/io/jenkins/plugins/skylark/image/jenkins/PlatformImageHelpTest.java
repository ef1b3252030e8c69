package io.jenkins.plugins.skylark.image.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.junit.jupiter.api.Test;

/** Every parameter of {@code platformImage} has its help page, in English and in Chinese. */
class PlatformImageHelpTest {

    @Test
    void shouldDocumentEveryParameterInEnglishAndChinese() throws IOException {
        List<String> parameters = parameters();

        assertThat(parameters).contains("application", "from", "jar", "directory", "registry", "tags", "commit");
        for (String parameter : parameters) {
            String english = help("help-" + parameter + ".html");
            String chinese = help("help-" + parameter + "_zh_CN.html");
            assertThat(english).as(parameter).isNotBlank().isNotEqualTo(chinese);
            assertThat(chinese).as(parameter).containsPattern("\\p{IsHan}");
        }
        assertThat(help("help.html")).contains("PLATFORM_IMAGE");
    }

    private static List<String> parameters() {
        List<String> names = new ArrayList<>();
        Arrays.stream(PlatformImageStep.class.getConstructors())
                .filter(constructor -> constructor.isAnnotationPresent(DataBoundConstructor.class))
                .forEach(constructor -> Arrays.stream(constructor.getParameters()).forEach(p -> names.add(p.getName())));
        for (Method method : PlatformImageStep.class.getMethods()) {
            if (method.isAnnotationPresent(DataBoundSetter.class)) {
                String property = method.getName().substring("set".length());
                names.add(property.substring(0, 1).toLowerCase(Locale.ROOT) + property.substring(1));
            }
        }
        return names;
    }

    private static String help(String file) throws IOException {
        try (InputStream in = PlatformImageStep.class.getResourceAsStream("PlatformImageStep/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
