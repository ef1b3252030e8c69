package io.jenkins.plugins.skylark.deploy.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.deploy.release.jenkins.GrayAbortStep;
import io.jenkins.plugins.skylark.deploy.release.jenkins.GrayAnalyzeStep;
import io.jenkins.plugins.skylark.deploy.release.jenkins.GrayPauseStep;
import io.jenkins.plugins.skylark.deploy.release.jenkins.GrayPromoteStep;
import io.jenkins.plugins.skylark.deploy.release.jenkins.GrayResumeStep;
import io.jenkins.plugins.skylark.deploy.release.jenkins.GraySetWeightStep;
import io.jenkins.plugins.skylark.deploy.release.jenkins.GrayStartStep;
import io.jenkins.plugins.skylark.deploy.release.jenkins.GrayStatusStep;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every step parameter is in the step's form, with help in English and Chinese (found as Jenkins finds it). */
class StepResourcesTest {
    private static final Pattern FIELD = Pattern.compile("field=\"([^\"]+)\"");

    static Stream<Class<? extends Step>> steps() {
        return Stream.of(PlatformDeployStep.class, PlatformRollbackStep.class, PlatformScaleStep.class,
                PlatformUpdateImageStep.class, PlatformExposeStep.class, PlatformUnexposeStep.class,
                GrayStartStep.class, GraySetWeightStep.class, GrayPauseStep.class, GrayResumeStep.class,
                GrayAnalyzeStep.class, GrayPromoteStep.class, GrayAbortStep.class, GrayStatusStep.class);
    }

    @ParameterizedTest
    @MethodSource("steps")
    void shouldHaveAFormFieldWithHelpInBothLanguagesForEveryParameter(Class<?> step) throws IOException {
        Set<String> fields = formFields(step);

        assertThat(fields).containsExactlyInAnyOrderElementsOf(parameters(step));
        for (String field : fields) {
            assertThat(help(step, "help-" + field + ".html")).as("%s %s", step.getSimpleName(), field).isTrue();
            assertThat(help(step, "help-" + field + "_zh_CN.html")).as("%s %s zh", step.getSimpleName(), field).isTrue();
        }
        assertThat(step.getResource(step.getSimpleName() + "/help_zh_CN.html")).isNotNull();
        assertThat(load(step, "config_zh_CN.properties").keySet())
                .containsExactlyInAnyOrderElementsOf(load(step, "config.properties").keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/io/jenkins/plugins/skylark/deploy/jenkins/", "/io/jenkins/plugins/skylark/deploy/call/",
            "/io/jenkins/plugins/skylark/deploy/release/jenkins/"})
    void shouldTranslateEveryMessageIntoChinese(String folder) throws IOException {
        Properties english = load(StepResourcesTest.class, folder + "Messages.properties");
        Properties chinese = load(StepResourcesTest.class, folder + "Messages_zh_CN.properties");

        assertThat(english).isNotEmpty();
        assertThat(chinese.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        assertThat(chinese.values()).allSatisfy(text -> assertThat(text.toString()).containsPattern("\\p{IsHan}"));
    }

    private static Set<String> formFields(Class<?> step) throws IOException {
        try (InputStream in = step.getResourceAsStream(step.getSimpleName() + "/config.jelly")) {
            Matcher matcher = FIELD.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Set<String> fields = new LinkedHashSet<>();
            while (matcher.find()) {
                fields.add(matcher.group(1));
            }
            return fields;
        }
    }

    /** Constructor parameters and setters, as Pipeline binds them. */
    private static Set<String> parameters(Class<?> step) {
        Set<String> names = new LinkedHashSet<>();
        Arrays.stream(step.getConstructors()).filter(c -> c.isAnnotationPresent(DataBoundConstructor.class))
                .flatMap(c -> Arrays.stream(c.getParameters())).map(Parameter::getName).forEach(names::add);
        Arrays.stream(step.getMethods()).filter(m -> m.isAnnotationPresent(DataBoundSetter.class)).map(Method::getName)
                .map(name -> Character.toLowerCase(name.charAt(3)) + name.substring(4)).forEach(names::add);
        return names;
    }

    /** Like {@code Descriptor.getHelpFile}: the step's own folder, then its superclasses'. */
    private static boolean help(Class<?> step, String file) {
        for (Class<?> c = step; c != null; c = c.getSuperclass()) {
            if (c.getResource(c.getSimpleName() + "/" + file) != null) {
                return true;
            }
        }
        return false;
    }

    private static Properties load(Class<?> anchor, String resource) throws IOException {
        String path = resource.startsWith("/") ? resource : anchor.getSimpleName() + "/" + resource;
        Properties properties = new Properties();
        try (InputStream in = anchor.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
