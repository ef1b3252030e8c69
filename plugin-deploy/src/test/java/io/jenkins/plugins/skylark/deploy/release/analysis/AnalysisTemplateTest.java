package io.jenkins.plugins.skylark.deploy.release.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalysisTemplateTest {

    @Test
    void shouldAcceptAValidDefinition() {
        AnalysisTemplate template = Templates.successRate();

        assertThat(template.condition()).hasToString(">= 0.99");
        assertThat(template.intervalDuration()).isEqualTo(Duration.ofMinutes(1));
        assertThat(template.withInterval("1h30m").intervalDuration()).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void shouldNameAnUnknownPlaceholderAndListTheKnownOnes() {
        assertThatThrownBy(() -> new AnalysisTemplate("errors", "sum(x{pod=\"{{pod}}\",ns=\"{{ namespace }}\"})",
                "< 1", null, 0, "1m", 1, 0, 0, Verdict.FAILED))
                .isInstanceOf(InvalidAnalysisException.class)
                .hasMessage("Analysis 'errors', field 'query': unknown placeholder(s) pod; known placeholders: application,"
                        + " canary, canaryService, canaryWorkload, ingress, interval, namespace, route, stable, stableService,"
                        + " stableWorkload.");
    }

    @Test
    void shouldRefuseBracesThatAreNotAPlaceholder() {
        assertThatThrownBy(() -> new AnalysisTemplate("x", "sum(y[{{ interval }])", "< 1", null, 0, "1m", 1, 0, 0,
                Verdict.FAILED)).hasMessageContaining("field 'query': the text has '{{' that does not start a placeholder");
    }

    @Test
    void shouldListEveryInvalidFieldByName() {
        assertThatThrownBy(() -> new AnalysisTemplate("Bad_Name", " ", "about 0.99", "{{route}}", -1, "1 minute",
                0, -1, 2, Verdict.SUCCESSFUL))
                .isInstanceOfSatisfying(InvalidAnalysisException.class, e -> assertThat(e.problems()).containsExactly(
                        "Field 'name' of an analysis must be a lower-case DNS label (letters, digits, '-'), was 'Bad_Name'.",
                        "Analysis 'Bad_Name': field 'query' is required.",
                        "Analysis 'Bad_Name': field 'successCondition' must be a comparator (>=, >, <=, <, ==) and a number,"
                                + " e.g. '>= 0.99', was 'about 0.99'.",
                        "Analysis 'Bad_Name': field 'minSampleSize' must be a number of at least 0, was -1.",
                        "Analysis 'Bad_Name': field 'interval' must be a duration such as '30s', '1m' or '1h30m', was '1 minute'.",
                        "Analysis 'Bad_Name': field 'count' must be at least 1, was 0.",
                        "Analysis 'Bad_Name': field 'failureLimit' must be at least 0 and less than 'count' (0), was -1.",
                        "Analysis 'Bad_Name': field 'onError' must be FAILED or INCONCLUSIVE, was SUCCESSFUL."));
    }

    @Test
    void shouldRefuseLimitsThatCanNeverBeExceeded() {
        assertThatThrownBy(() -> Templates.successRate().withCount(3, 3, 0))
                .hasMessage("Analysis 'orders-success': field 'failureLimit' must be at least 0 and less than 'count' (3), was 3.");
        assertThatThrownBy(() -> Templates.successRate().withCount(3, 0, 5))
                .hasMessageContaining("field 'inconclusiveLimit'");
    }

    @Test
    void shouldRequireASampleQueryForAMinimumSampleSize() {
        assertThatThrownBy(() -> new AnalysisTemplate("x", "up", ">= 1", "  ", 20, "1m", 1, 0, 0, Verdict.FAILED))
                .hasMessageContaining("field 'minSampleSize' is 20, so field 'sampleQuery' is required");
    }

    @Test
    void shouldFillPlaceholdersEscapingQuotes() {
        String query = Placeholders.render("x", "query", "a{w=\"{{ canary }}\"}[{{interval}}]",
                Map.of("canary", "or\"ders\\", "interval", "1m"));

        assertThat(query).isEqualTo("a{w=\"or\\\"ders\\\\\"}[1m]");
    }

    @Test
    void shouldFillAWorkloadUnderEitherName() {
        String query = Placeholders.render("x", "query", "{{canaryWorkload}} {{canary}} {{stable}} {{stableWorkload}}",
                Map.of("canary", "orders-canary", "stableWorkload", "orders"));

        assertThat(query).isEqualTo("orders-canary orders-canary orders orders");
    }

    @Test
    void shouldNameEveryPlaceholderWithoutAValue() {
        assertThatThrownBy(() -> Placeholders.render("nginx", "query", "{{ingress}} {{namespace}} {{canary}}",
                Map.of("namespace", "shop", "canary", " ")))
                .hasMessage("Analysis 'nginx', field 'query': no value for placeholder(s) canary, ingress in this environment.");
    }
}
