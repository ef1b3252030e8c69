package io.jenkins.plugins.skylark.jira.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harness.ViewerLanguage;
import io.jenkins.plugins.skylark.i18n.jenkins.StepHelp;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The Snippet Generator forms of the JIRA steps hold every single-valued parameter, the list {@code keys}
 * is named in the step's help, and every parameter has help in English and Chinese.
 */
class JiraStepsHelpTest {

    @ParameterizedTest
    @ValueSource(classes = {JiraKeysStep.class, JiraCommentStep.class, JiraTransitionStep.class,
            JiraFixVersionStep.class, JiraReleaseVersionStep.class})
    void formsHoldTheSingleValuedParametersAndHelpCoversAllInBothLanguages(Class<?> step) throws IOException {
        StepHelp help = new StepHelp(step);
        Map<String, Class<?>> parameters = help.parameterTypes();

        assertThat(help.formFields()).containsExactlyInAnyOrderElementsOf(help.singleValuedParameters());
        for (String parameter : parameters.keySet()) {
            help.assertHelpInBothLanguages(parameter);
        }
        if (parameters.containsKey("keys")) {
            help.assertNamedInStepHelp("keys");
        }
        assertThat(help.resource("help_zh_CN.html")).containsPattern("\\p{IsHan}");
    }

    @Test
    void theIssueStepsTakeKeysEnvironmentAndApplication() {
        for (Class<?> step : List.of(JiraCommentStep.class, JiraTransitionStep.class, JiraFixVersionStep.class)) {
            assertThat(new StepHelp(step).parameterTypes()).as(step.getSimpleName())
                    .containsEntry("keys", List.class).containsKeys("environment", "application");
        }
    }

    @Test
    void stepsAreNamedInTheViewersLanguage() {
        StepDescriptor comment = new JiraCommentStep.DescriptorImpl();
        try (ViewerLanguage ignored = ViewerLanguage.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            assertThat(comment.getDisplayName()).isEqualTo("评论 JIRA 问题");
            assertThat(new JiraKeysStep.DescriptorImpl().getDisplayName()).isEqualTo("查找构建或部署交付的 JIRA 问题键");
        }
        try (ViewerLanguage ignored = ViewerLanguage.of(Locale.US, Locale.SIMPLIFIED_CHINESE)) {
            assertThat(comment.getDisplayName()).isEqualTo("Comment on JIRA issues");
            assertThat(comment.getFunctionName()).isEqualTo("jiraComment");
            assertThat(new JiraTransitionStep.DescriptorImpl().getFunctionName()).isEqualTo("jiraTransition");
            assertThat(new JiraFixVersionStep.DescriptorImpl().getFunctionName()).isEqualTo("jiraFixVersion");
        }
    }
}
