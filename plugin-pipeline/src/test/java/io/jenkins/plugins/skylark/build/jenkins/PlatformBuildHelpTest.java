package io.jenkins.plugins.skylark.build.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.JDK;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.i18n.jenkins.StepHelp;
import java.io.IOException;
import java.util.List;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every parameter of {@code platformBuild} is in the Snippet Generator's form and has help in English and Chinese. */
class PlatformBuildHelpTest {

    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    private final StepHelp help = new StepHelp(PlatformBuildStep.class);

    @Test
    void shouldPutEveryParameterInTheForm() throws IOException {
        assertThat(help.formFields()).containsExactlyInAnyOrderElementsOf(help.parameterTypes().keySet());
    }

    @Test
    void shouldDocumentEveryParameterInEnglishAndChinese() throws IOException {
        List<String> parameters = List.copyOf(help.parameterTypes().keySet());

        assertThat(parameters).containsExactlyInAnyOrder("application", "tool", "args", "jdk", "artifacts",
                "testReports");
        for (String parameter : parameters) {
            help.assertHelpInBothLanguages(parameter);
        }
        assertThat(help.resource("help.html")).contains("SKYLARK_BUILD_CACHE", "sha256");
        assertThat(help.resource("help_zh_CN.html")).contains("SKYLARK_BUILD_CACHE", "sha256");
    }

    @Test
    void shouldOfferTheToolsAndTheJdkInstallationsWithAnEmptyDefault() {
        PlatformBuildStep.DescriptorImpl descriptor = new PlatformBuildStep.DescriptorImpl();

        assertThat(descriptor.doFillToolItems()).extracting(option -> option.value)
                .containsExactly("", "maven", "gradle", "npm", "go");
        assertThat(descriptor.doFillJdkItems()).extracting(option -> option.value).containsExactly("");
        Jenkins.get().setJDKs(List.of(new JDK("jdk17", "/usr/lib/jvm/java-17")));
        assertThat(descriptor.doFillJdkItems()).extracting(option -> option.value).containsExactly("", "jdk17");
    }
}
