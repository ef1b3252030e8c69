package io.jenkins.plugins.skylark.notify.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.util.ListBoxModel;
import io.jenkins.plugins.skylark.i18n.jenkins.StepHelp;
import java.io.IOException;
import io.jenkins.plugins.skylark.harness.ViewerLanguage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Snippet Generator form of {@code platformNotify} holds every single-valued parameter (the level as a
 * select), the list {@code channels} is named in the step's help, and every parameter has help in English
 * and Chinese.
 */
class PlatformNotifyHelpTest {

    private final StepHelp help = new StepHelp(PlatformNotifyStep.class);

    @Test
    void shouldPutEverySingleValuedParameterInTheForm() throws IOException {
        Map<String, Class<?>> parameters = help.parameterTypes();

        assertThat(help.formFields()).containsExactlyInAnyOrderElementsOf(help.singleValuedParameters());
        assertThat(parameters).containsEntry("channels", List.class);
        help.assertNamedInStepHelp("channels");
        assertThat(help.resource("config.jelly")).containsPattern("field=\"level\">\\s*<f:select/>");
    }

    @Test
    void shouldOfferTheLevelsAsTheJenkinsfileWritesThem() {
        ListBoxModel levels = new PlatformNotifyStep.DescriptorImpl().doFillLevelItems();

        assertThat(levels).extracting(option -> option.value).containsExactly("info", "success", "warning", "failure");
    }

    @Test
    void shouldDocumentEveryParameterInEnglishAndChinese() throws IOException {
        List<String> parameters = List.copyOf(help.parameterTypes().keySet());

        assertThat(parameters).containsExactlyInAnyOrder("message", "level", "channels", "failOnError", "application",
                "version");
        for (String parameter : parameters) {
            help.assertHelpInBothLanguages(parameter);
        }
    }

    @Test
    void shouldNameTheStepInTheViewersLanguage() {
        try (ViewerLanguage ignored = ViewerLanguage.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            assertThat(new PlatformNotifyStep.DescriptorImpl().getDisplayName()).isEqualTo("向项目的通知通道发送消息");
        }
        try (ViewerLanguage ignored = ViewerLanguage.of(Locale.US, Locale.SIMPLIFIED_CHINESE)) {
            assertThat(new PlatformNotifyStep.DescriptorImpl().getDisplayName())
                    .isEqualTo("Send a notification to the project's channels");
        }
    }
}
