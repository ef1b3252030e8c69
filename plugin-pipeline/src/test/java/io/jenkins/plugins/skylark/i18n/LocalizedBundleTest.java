package io.jenkins.plugins.skylark.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LocalizedBundleTest {
    private static final LocalizedBundle TEXT =
            new LocalizedBundle("io.jenkins.plugins.skylark.platform.jenkins.Messages", LocalizedBundleTest.class);
    private final Locale jvmDefault = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(jvmDefault);
    }

    @Test
    void shouldFormatInTheGivenLanguage() {
        assertThat(TEXT.format(Locale.ENGLISH, "ProjectConfig.displayName")).isEqualTo("Project");
        assertThat(TEXT.format(Locale.SIMPLIFIED_CHINESE, "ProjectConfig.displayName")).isEqualTo("项目");
    }

    @Test
    void shouldFallBackToEnglishNotToTheControllersLanguage() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);

        assertThat(TEXT.format(Locale.FRENCH, "ProjectConfig.displayName")).isEqualTo("Project");
    }

    @Test
    void shouldUseTheControllersLanguageWhenNoneIsGiven() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);

        assertThat(TEXT.format("ProjectConfig.displayName")).isEqualTo("项目");
        assertThat(LocalizedBundle.of(io.jenkins.plugins.skylark.platform.jenkins.PlatformConfig.class)
                .format(Locale.ENGLISH, "ProjectConfig.displayName")).isEqualTo("Project");
    }

    @Test
    void shouldNameAMissingKey() {
        assertThatThrownBy(() -> TEXT.format(Locale.ENGLISH, "no.such.key"))
                .hasMessageContaining("no.such.key").hasMessageContaining("platform.jenkins.Messages");
    }
}
