package io.jenkins.plugins.skylark.harbor.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.i18n.jenkins.StepHelp;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every parameter of the Harbor steps has its help page in English and in Chinese, and every one a form can bind is
 * in the Snippet Generator's form; list parameters are named in the step's help instead.
 */
class HarborStepsHelpTest {

    @ParameterizedTest
    @ValueSource(classes = {PlatformImageScanStep.class, PlatformImageLabelStep.class})
    void shouldDocumentEveryParameterInBothLanguagesAndFormEverySingleValuedOne(Class<?> stepClass) throws IOException {
        StepHelp help = new StepHelp(stepClass);
        Map<String, Class<?>> parameters = help.parameterTypes();

        assertThat(help.formFields()).containsExactlyInAnyOrderElementsOf(help.singleValuedParameters());
        for (String parameter : parameters.keySet()) {
            help.assertHelpInBothLanguages(parameter);
            if (parameters.get(parameter) == List.class) {
                help.assertNamedInStepHelp(parameter);
            }
        }
    }
}
