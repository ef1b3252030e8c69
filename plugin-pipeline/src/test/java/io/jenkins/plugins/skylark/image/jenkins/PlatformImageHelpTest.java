package io.jenkins.plugins.skylark.image.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.i18n.jenkins.StepHelp;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every parameter of {@code platformImage} has its help page, in English and in Chinese; every single-valued one is
 * in the Snippet Generator's form, and the list ones (which a text box cannot bind) are named in the step's help.
 */
class PlatformImageHelpTest {

    private final StepHelp help = new StepHelp(PlatformImageStep.class);

    @Test
    void shouldPutEverySingleValuedParameterInTheFormAndNameTheListsInTheHelp() throws IOException {
        Map<String, Class<?>> parameters = help.parameterTypes();

        assertThat(help.formFields()).containsExactlyInAnyOrderElementsOf(parameters.entrySet().stream()
                .filter(e -> e.getValue() == String.class || e.getValue() == boolean.class).map(Map.Entry::getKey).toList());
        List<String> lists = parameters.entrySet().stream().filter(e -> e.getValue() == List.class)
                .map(Map.Entry::getKey).toList();
        assertThat(lists).containsExactlyInAnyOrder("entrypoint", "env", "ports", "labels", "tags");
        for (String list : lists) {
            help.assertNamedInStepHelp(list);
        }
    }

    @Test
    void shouldDocumentEveryParameterInEnglishAndChinese() throws IOException {
        List<String> parameters = List.copyOf(help.parameterTypes().keySet());

        assertThat(parameters).contains("application", "from", "jar", "directory", "registry", "tags", "commit");
        for (String parameter : parameters) {
            help.assertHelpInBothLanguages(parameter);
        }
        assertThat(help.resource("help.html")).contains("PLATFORM_IMAGE");
    }
}
