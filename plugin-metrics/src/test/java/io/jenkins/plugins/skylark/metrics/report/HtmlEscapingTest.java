package io.jenkins.plugins.skylark.metrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.metrics.dora.DeliveryHistory;
import io.jenkins.plugins.skylark.metrics.dora.Deployment;
import io.jenkins.plugins.skylark.metrics.dora.DeploymentOutcome;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlEscapingTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "a & b", "it's 'quoted'",
        "</svg><style>body{}</style>"})
    void shouldEscapeHostileApplicationNamesEverywhere(String name) {
        DeliveryHistory history = new DeliveryHistory(List.of(new Deployment("k1", name, "prod<&>", ReportFixtures.NOW,
                DeploymentOutcome.SUCCEEDED, null, List.of())), List.of());
        ReportRequest request = new ReportRequest("html", name, "prod<&>", "last-2-weeks", ReportFixtures.ZONE,
                Locale.ENGLISH, ReportFixtures.NOW.plusSeconds(14 * 86400));

        String html = new DeliveryReportService().render(history, request).get(0).text();

        assertThat(html).doesNotContain(name).doesNotContain("prod<&>").doesNotContain("<script", "<style", "style=",
                "<img");
        assertThat(html).contains(Markup.escape(name), "prod&lt;&amp;&gt;");
    }

    @ParameterizedTest(name = "{0} becomes {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {"<|&lt;", ">|&gt;", "&|&amp;", "\"|&quot;", "'|&#39;"})
    void shouldEscapeEachSpecialCharacter(String special, String entity) {
        assertThat(Markup.escape("x" + special + "y")).isEqualTo("x" + entity + "y");
    }
}
