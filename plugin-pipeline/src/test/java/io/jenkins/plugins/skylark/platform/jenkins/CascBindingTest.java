package io.jenkins.plugins.skylark.platform.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.skylark.platform.BuildSettings;
import io.jenkins.plugins.skylark.platform.BuildTool;
import io.jenkins.plugins.skylark.platform.ImageRegistry;
import io.jenkins.plugins.skylark.platform.IssueUpdates;
import io.jenkins.plugins.skylark.platform.JiraFlavor;
import io.jenkins.plugins.skylark.platform.JiraServer;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.ProjectServers;
import io.jenkins.plugins.skylark.platform.RegistryKind;
import io.jenkins.plugins.skylark.platform.SonarServer;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The README's Configuration as Code example with the servers, bound the way JCasC binds a data-bound
 * configuration (constructor parameters and setters by name, nested objects and lists of them by their declared
 * types, an unknown attribute an error), gives the intended model.
 */
class CascBindingTest {

    @Test
    void shouldBindTheReadmeExampleToTheIntendedModel() throws IOException {
        PlatformConfig config = bind(PlatformConfig.class, platformSection("casc-servers.yaml"));

        PlatformModel model = config.toModel(Locale.ENGLISH);

        assertThat(model.sonarServers()).containsExactly(new SonarServer("sonar", "https://sonar.example.com",
                "sonar-token", "sonar-webhook-secret"));
        assertThat(model.jiraServers()).containsExactly(
                new JiraServer("acme", "https://acme.atlassian.net", JiraFlavor.CLOUD, "jira-cloud-bot"),
                new JiraServer("jira-dc", "https://jira.example.com", JiraFlavor.DATA_CENTER, "jira-dc-pat"));
        assertThat(model.registry("harbor")).contains(new ImageRegistry("harbor", "https://harbor.example.com",
                "harbor-admin", RegistryKind.HARBOR, false, true, "harbor-webhook-secret"));
        assertThat(model.project("shop").orElseThrow().servers()).isEqualTo(new ProjectServers("sonar", null, "acme",
                null, List.of("SHOP", "PAY"), "project = OPS AND issuetype = Incident AND labels = shop",
                "harbor-robot-shop"));
        assertThat(model.environment("shop", "dev").orElseThrow().issueUpdates()).isEqualTo(new IssueUpdates(true, null));
        assertThat(model.environment("shop", "prod").orElseThrow().issueUpdates())
                .isEqualTo(new IssueUpdates(true, "Done"));
        assertThat(model.application("shop", "orders").orElseThrow().build()).isEqualTo(new BuildSettings(
                BuildTool.MAVEN, "clean verify", "jdk-17", null, "target/*.jar", "shop:orders"));
    }

    @Test
    void shouldRefuseAnAttributeTheConfigurationDoesNotHave() {
        assertThatThrownBy(() -> bind(ProjectServersConfig.class, Map.of("sonarServer", "sonar")))
                .hasMessageContaining("ProjectServersConfig has no attribute 'sonarServer'");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> platformSection(String resource) throws IOException {
        try (InputStream in = CascBindingTest.class.getResourceAsStream(resource)) {
            Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Map<String, Object> unclassified = (Map<String, Object>) document.get("unclassified");
            return (Map<String, Object>) ((Map<String, Object>) unclassified.get("skylark")).get("platform");
        }
    }

    /** JCasC's data-bound configurator, as far as these configuration classes need it. */
    static <T> T bind(Class<T> type, Map<String, Object> attributes) {
        Map<String, Object> rest = new HashMap<>(attributes);
        try {
            Constructor<?> constructor = Arrays.stream(type.getConstructors())
                    .filter(c -> c.isAnnotationPresent(DataBoundConstructor.class)).findFirst().orElseThrow();
            Object[] arguments = new Object[constructor.getParameterCount()];
            for (int i = 0; i < arguments.length; i++) {
                Parameter parameter = constructor.getParameters()[i];
                arguments[i] = value(rest.remove(parameter.getName()), parameter.getParameterizedType());
            }
            T instance = type.cast(constructor.newInstance(arguments));
            for (Map.Entry<String, Object> attribute : rest.entrySet()) {
                String name = attribute.getKey();
                Method setter = Arrays.stream(type.getMethods())
                        .filter(m -> m.isAnnotationPresent(DataBoundSetter.class)
                                && m.getName().equals("set" + Character.toUpperCase(name.charAt(0)) + name.substring(1)))
                        .findFirst().orElseThrow(() -> new IllegalArgumentException(
                                type.getSimpleName() + " has no attribute '" + name + "'"));
                setter.invoke(instance, value(attribute.getValue(), setter.getGenericParameterTypes()[0]));
            }
            return instance;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object value(Object yaml, Type type) {
        if (yaml == null) {
            return type == boolean.class ? false : type == int.class ? 0 : null;
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            Type element = list.getActualTypeArguments()[0];
            return ((List<Object>) yaml).stream().map(item -> value(item, element)).toList();
        }
        if (type == String.class) {
            return String.valueOf(yaml);
        }
        if (type == boolean.class || type == int.class) {
            return yaml;
        }
        return bind((Class<?>) type, (Map<String, Object>) yaml);
    }
}
