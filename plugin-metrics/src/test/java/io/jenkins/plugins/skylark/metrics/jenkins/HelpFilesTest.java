package io.jenkins.plugins.skylark.metrics.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** Every step parameter and configuration field has a help page in English and Simplified Chinese. */
class HelpFilesTest {

    @ParameterizedTest
    @ValueSource(classes = {RecordDeliveryStep.class, DeliveryReportStep.class, MetricsConfiguration.class,
        JiraImportIncidentsStep.class})
    void shouldDocumentEveryFieldInBothLanguages(Class<?> type) {
        List<String> fields = fields(type);

        assertThat(fields).isNotEmpty().allSatisfy(field -> {
            assertThat(type.getResource(type.getSimpleName() + "/help-" + field + ".html")).as(field).isNotNull();
            assertThat(type.getResource(type.getSimpleName() + "/help-" + field + "_zh_CN.html")).as(field).isNotNull();
        });
        assertThat(type.getResource(type.getSimpleName() + "/config.jelly")).isNotNull();
    }

    private static List<String> fields(Class<?> type) {
        List<String> fields = new ArrayList<>();
        for (Constructor<?> constructor : type.getConstructors()) {
            if (constructor.isAnnotationPresent(DataBoundConstructor.class)) {
                for (Parameter parameter : constructor.getParameters()) {
                    fields.add(parameter.getName());
                }
            }
        }
        for (Method method : type.getMethods()) {
            if (method.isAnnotationPresent(DataBoundSetter.class)) {
                fields.add(Character.toLowerCase(method.getName().charAt(3)) + method.getName().substring(4));
            }
        }
        return fields;
    }
}
