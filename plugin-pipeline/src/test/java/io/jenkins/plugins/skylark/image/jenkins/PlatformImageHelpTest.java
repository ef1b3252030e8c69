package io.jenkins.plugins.skylark.image.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.junit.jupiter.api.Test;

/**
 * Every parameter of {@code platformImage} has its help page, in English and in Chinese; every single-valued one is
 * in the Snippet Generator's form, and the list ones (which a text box cannot bind) are named in the step's help.
 */
class PlatformImageHelpTest {

    private static final Pattern FIELD = Pattern.compile("field=\"([^\"]+)\"");

    @Test
    void shouldPutEverySingleValuedParameterInTheFormAndNameTheListsInTheHelp() throws IOException {
        Map<String, Class<?>> parameters = parameterTypes();
        Set<String> fields = new LinkedHashSet<>();
        Matcher matcher = FIELD.matcher(help("config.jelly"));
        while (matcher.find()) {
            fields.add(matcher.group(1));
        }

        assertThat(fields).containsExactlyInAnyOrderElementsOf(parameters.entrySet().stream()
                .filter(e -> e.getValue() == String.class).map(Map.Entry::getKey).toList());
        List<String> lists = parameters.entrySet().stream().filter(e -> e.getValue() == List.class)
                .map(Map.Entry::getKey).toList();
        assertThat(lists).containsExactlyInAnyOrder("entrypoint", "env", "ports", "labels", "tags");
        for (String list : lists) {
            assertThat(help("help.html")).contains("<code>" + list + "</code>");
            assertThat(help("help_zh_CN.html")).contains("<code>" + list + "</code>");
        }
    }

    @Test
    void shouldDocumentEveryParameterInEnglishAndChinese() throws IOException {
        List<String> parameters = List.copyOf(parameterTypes().keySet());

        assertThat(parameters).contains("application", "from", "jar", "directory", "registry", "tags", "commit");
        for (String parameter : parameters) {
            String english = help("help-" + parameter + ".html");
            String chinese = help("help-" + parameter + "_zh_CN.html");
            assertThat(english).as(parameter).isNotBlank().isNotEqualTo(chinese);
            assertThat(chinese).as(parameter).containsPattern("\\p{IsHan}");
        }
        assertThat(help("help.html")).contains("PLATFORM_IMAGE");
    }

    /** Constructor parameters and setters, as Pipeline binds them, with their types. */
    private static Map<String, Class<?>> parameterTypes() {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        Arrays.stream(PlatformImageStep.class.getConstructors())
                .filter(constructor -> constructor.isAnnotationPresent(DataBoundConstructor.class))
                .forEach(constructor -> Arrays.stream(constructor.getParameters())
                        .forEach(p -> types.put(p.getName(), p.getType())));
        for (Method method : PlatformImageStep.class.getMethods()) {
            if (method.isAnnotationPresent(DataBoundSetter.class)) {
                String property = method.getName().substring("set".length());
                types.put(property.substring(0, 1).toLowerCase(Locale.ROOT) + property.substring(1),
                        method.getParameterTypes()[0]);
            }
        }
        return types;
    }

    private static String help(String file) throws IOException {
        try (InputStream in = PlatformImageStep.class.getResourceAsStream("PlatformImageStep/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
