package io.jenkins.plugins.skylark.metrics.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harness.ViewerLanguage;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Snippet Generator's step names follow the viewer's language, not the controller's. */
class StepDisplayNamesTest {

    @Test
    void shouldNameTheStepsInChineseForAChineseViewer() {
        try (ViewerLanguage ignored = ViewerLanguage.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            assertThat(new RecordDeliveryStep.DescriptorImpl().getDisplayName()).isEqualTo("记录交付事件（故障、外部部署）");
            assertThat(new DeliveryReportStep.DescriptorImpl().getDisplayName()).isEqualTo("将交付（DORA）报告写入工作区");
        }
    }

    @Test
    void shouldNameTheStepsInEnglishForAnEnglishViewer() {
        try (ViewerLanguage ignored = ViewerLanguage.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            assertThat(new RecordDeliveryStep.DescriptorImpl().getDisplayName())
                    .isEqualTo("Record a delivery event (incident, outside deploy)");
        }
    }
}
