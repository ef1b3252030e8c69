package io.jenkins.plugins.skylark.i18n.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.context.jenkins.WithPlatformStep;
import io.jenkins.plugins.skylark.harness.ViewerLanguage;
import io.jenkins.plugins.skylark.platform.jenkins.ProjectConfig;
import io.jenkins.plugins.skylark.tenancy.jenkins.PlatformProjectProperty;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Texts shown in a page follow the viewer's language, whatever the controller's default is. */
class PageTextsTest {

    @Test
    void shouldShowDisplayNamesInChineseToAChineseViewerOfAnEnglishController() {
        try (ViewerLanguage ignored = ViewerLanguage.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            assertThat(ViewerLocale.get()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
            assertThat(new ProjectConfig.DescriptorImpl().getDisplayName()).isEqualTo("项目");
            assertThat(new WithPlatformStep.DescriptorImpl().getDisplayName()).containsPattern("\\p{IsHan}");
            assertThat(new PlatformProjectProperty.DescriptorImpl().getDisplayName()).containsPattern("\\p{IsHan}");
        }
    }

    @Test
    void shouldShowDisplayNamesInEnglishToAnEnglishViewerOfAChineseController() {
        try (ViewerLanguage ignored = ViewerLanguage.of(Locale.US, Locale.SIMPLIFIED_CHINESE)) {
            assertThat(new ProjectConfig.DescriptorImpl().getDisplayName()).isEqualTo("Project");
            assertThat(new WithPlatformStep.DescriptorImpl().getDisplayName()).doesNotContainPattern("\\p{IsHan}");
        }
    }

    @Test
    void shouldShowEnglishToAViewerWhoseLanguageIsNotTranslated() {
        try (ViewerLanguage ignored = ViewerLanguage.of(Locale.GERMAN, Locale.SIMPLIFIED_CHINESE)) {
            assertThat(new ProjectConfig.DescriptorImpl().getDisplayName()).isEqualTo("Project");
        }
    }
}
