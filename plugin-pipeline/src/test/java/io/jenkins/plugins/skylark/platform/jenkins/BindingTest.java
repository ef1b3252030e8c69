package io.jenkins.plugins.skylark.platform.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Every stored value of a configuration object can be set by Stapler / Configuration as Code (a
 * {@code @DataBoundConstructor} parameter or a {@code @DataBoundSetter}) and read back by a getter.
 */
class BindingTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {PlatformConfig.class, ClusterConfig.class, RegistryConfig.class, ProjectConfig.class,
            NamespaceConfig.class, EnvironmentConfig.class, ApplicationConfig.class, WorkloadConfig.class,
            ChannelConfig.class, AnalysisConfig.class, SkylarkConfiguration.class, SonarServerConfig.class,
            JiraServerConfig.class, ProjectServersConfig.class, BuildConfig.class, IssueUpdatesConfig.class})
    void shouldBindEveryStoredFieldThroughTheConstructorOrASetter(Class<?> type) {
        Set<String> constructorParameters = Arrays.stream(type.getConstructors())
                .filter(c -> c.isAnnotationPresent(DataBoundConstructor.class) || type == SkylarkConfiguration.class)
                .map(Constructor::getParameters).flatMap(Arrays::stream).map(Parameter::getName)
                .collect(Collectors.toSet());
        Set<String> setters = Arrays.stream(type.getMethods()).filter(m -> m.isAnnotationPresent(DataBoundSetter.class))
                .map(Method::getName).collect(Collectors.toSet());
        Set<String> getters = Arrays.stream(type.getMethods()).map(Method::getName).collect(Collectors.toSet());

        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
                continue;
            }
            String property = Character.toUpperCase(field.getName().charAt(0)) + field.getName().substring(1);
            assertThat(constructorParameters.contains(field.getName()) || setters.contains("set" + property))
                    .as("%s.%s is bindable", type.getSimpleName(), field.getName()).isTrue();
            assertThat(getters).as("%s.%s has a getter", type.getSimpleName(), field.getName())
                    .containsAnyOf("get" + property, "is" + property);
        }
    }
}
