package io.jenkins.plugins.skylark.sonar.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harness.ViewerLanguage;
import io.jenkins.plugins.skylark.i18n.jenkins.StepHelp;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Snippet Generator form holds every parameter, each with help in English and Chinese. */
class PlatformScanHelpTest {
    private final StepHelp help = new StepHelp(PlatformScanStep.class);

    @Test
    void shouldPutEveryParameterInTheFormWithHelpInEnglishAndChinese() throws IOException {
        List<String> parameters = List.copyOf(help.parameterTypes().keySet());

        assertThat(help.formFields()).containsExactlyInAnyOrderElementsOf(parameters);
        assertThat(parameters).contains("application", "projectKey", "sources", "branch", "pullRequest",
                "webhookTimeout", "timeout", "unstableOnGateFailure");
        for (String parameter : parameters) {
            help.assertHelpInBothLanguages(parameter);
        }
    }

    @Test
    void shouldNameTheStepInTheViewersLanguage() {
        try (ViewerLanguage ignored = ViewerLanguage.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            assertThat(new PlatformScanStep.DescriptorImpl().getDisplayName()).isEqualTo("使用 SonarQube 分析代码并等待质量门");
        }
    }
}
