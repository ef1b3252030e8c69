package io.jenkins.plugins.skylark.deploy.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harness.ViewerLanguage;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import io.jenkins.plugins.skylark.deploy.rollout.RolloutWaiter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Snippet Generator's step names follow the viewer's language; log texts the controller's, English fallback. */
class StepDisplayNamesTest {

    @Test
    void shouldNameTheStepsInTheViewersLanguage() {
        try (ViewerLanguage ignored = ViewerLanguage.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            assertThat(new PlatformScaleStep.DescriptorImpl().getDisplayName()).isEqualTo("调整应用工作负载的副本数");
            assertThat(new PlatformDeployStep.DescriptorImpl().getDisplayName()).containsPattern("\\p{IsHan}");
        }
        try (ViewerLanguage ignored = ViewerLanguage.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            assertThat(new PlatformScaleStep.DescriptorImpl().getDisplayName())
                    .isEqualTo("Scale an application's workloads");
            assertThat(new PlatformRollbackStep.DescriptorImpl().getDisplayName()).doesNotContainPattern("\\p{IsHan}");
        }
    }

    @Test
    void shouldWriteEngineTextsInEnglishWhenTheControllersLanguageIsNotTranslated() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(LocalizedBundle.of(RolloutWaiter.class).format("progress.deployment", 1, 2, 1))
                    .isEqualTo("1 of 2 updated, 1 available");
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(LocalizedBundle.of(RolloutWaiter.class).format("progress.deployment", 1, 2, 1))
                    .containsPattern("\\p{IsHan}");
        } finally {
            Locale.setDefault(previous);
        }
    }
}
