package io.jenkins.plugins.skylark.i18n.jenkins;

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

/** A step's parameters as Pipeline binds them, and its Snippet Generator form and help files. */
public final class StepHelp {
    private static final Pattern FIELD = Pattern.compile("field=\"([^\"]+)\"");

    private final Class<?> step;

    public StepHelp(Class<?> step) {
        this.step = step;
    }

    /** Constructor parameters and setters, with their types. */
    public Map<String, Class<?>> parameterTypes() {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        Arrays.stream(step.getConstructors())
                .filter(constructor -> constructor.isAnnotationPresent(DataBoundConstructor.class))
                .forEach(constructor -> Arrays.stream(constructor.getParameters())
                        .forEach(p -> types.put(p.getName(), p.getType())));
        for (Method method : step.getMethods()) {
            if (method.isAnnotationPresent(DataBoundSetter.class)) {
                String property = method.getName().substring("set".length());
                types.put(property.substring(0, 1).toLowerCase(Locale.ROOT) + property.substring(1),
                        method.getParameterTypes()[0]);
            }
        }
        return types;
    }

    /** The parameters a form field can bind: all but the lists, which the step's help names instead. */
    public List<String> singleValuedParameters() {
        return parameterTypes().entrySet().stream().filter(e -> e.getValue() != List.class).map(Map.Entry::getKey)
                .toList();
    }

    /** Asserts that {@code parameter} has a help page in English and a different one in Chinese. */
    public void assertHelpInBothLanguages(String parameter) throws IOException {
        String english = resource("help-" + parameter + ".html");
        String chinese = resource("help-" + parameter + "_zh_CN.html");
        assertThat(english).as(parameter).isNotBlank().isNotEqualTo(chinese);
        assertThat(chinese).as(parameter).containsPattern("\\p{IsHan}");
    }

    /** Asserts that the step's help names {@code parameter} (a list, which no form field binds) in both languages. */
    public void assertNamedInStepHelp(String parameter) throws IOException {
        assertThat(resource("help.html")).contains("<code>" + parameter + "</code>");
        assertThat(resource("help_zh_CN.html")).contains("<code>" + parameter + "</code>");
    }

    /** The fields of the step's {@code config.jelly}. */
    public Set<String> formFields() throws IOException {
        Set<String> fields = new LinkedHashSet<>();
        Matcher matcher = FIELD.matcher(resource("config.jelly"));
        while (matcher.find()) {
            fields.add(matcher.group(1));
        }
        return fields;
    }

    /** A file next to the step's form, e.g. {@code help-message_zh_CN.html}. */
    public String resource(String file) throws IOException {
        try (InputStream in = step.getResourceAsStream(step.getSimpleName() + "/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
