package io.jenkins.plugins.skylark.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of a release plan, broken once in Jenkinsfile values: the error names the step index and field. */
class ReleasePlanProblemsTest {

    static List<Arguments> invalidPlans() {
        return List.of(
                plan(Map.of("strategy", "rolling"), "strategy: \"rolling\" is not one of: canary, blueGreen"),
                plan(Map.of("strategy", "blueGreen", "steps", List.of(Map.of("weight", 0), Map.of("weight", 30))),
                        "steps[1].weight: a blueGreen release switches all traffic at once: weight must be 0 or 100"),
                plan(Map.of("stepz", List.of()), "stepz: is not a known field; allowed fields: analyses, lockTimeout"),
                plan(Map.of("steps", Map.of("weight", 10)), "steps: must be a list"),
                plan(Map.of("steps", List.of("weight: 10")), "steps[0]: must be a mapping of fields"),
                plan(Map.of("steps", List.of(Map.of())), "steps[0]: is an empty step; a step has one of: analysis, match"),
                plan(Map.of("steps", List.of(Map.of("weigth", 10))), "steps[0].weigth: is not a known field"),
                plan(Map.of("steps", List.of(Map.of("weight", 10, "pause", "5m"))),
                        "steps[0]: a step does one thing; this one has"),
                plan(Map.of("steps", List.of(Map.of("weight", -1))), "steps[0].weight: must be between 0 and 100, was -1"),
                plan(Map.of("steps", List.of(Map.of("weight", 101))), "steps[0].weight: must be between 0 and 100, was 101"),
                plan(Map.of("steps", List.of(Map.of("weight", 12.5))), "steps[0].weight: must be a whole number, was \"12.5\""),
                plan(Map.of("steps", List.of(Map.of("weight", "ten"))), "steps[0].weight: must be a whole number, was \"ten\""),
                plan(Map.of("steps", List.of(Map.of("pause", 300))), "steps[0].pause: must be a duration such as 30s"),
                plan(Map.of("steps", List.of(Map.of("pause", "0s"))), "steps[0].pause: must be longer than 0s"),
                plan(Map.of("steps", List.of(Map.of("pause", "later"))), "steps[0].pause: must be a duration such as 30s, 5m or 1h30m, or approval"),
                plan(Map.of("steps", List.of(Map.of("analysis", "Success_Rate"))),
                        "steps[0].analysis: \"Success_Rate\" is not a valid analysis name"),
                plan(Map.of("steps", List.of(Map.of("analysis", " "))), "steps[0].analysis: must be a non-empty text"),
                plan(Map.of("steps", List.of(Map.of("match", Map.of("header", "x-canary", "cookie", "canary")))),
                        "steps[0].match: has both header and cookie"),
                plan(Map.of("steps", List.of(Map.of("match", Map.of("value", "true")))),
                        "steps[0].match: needs header (with an optional value) or cookie"),
                plan(Map.of("steps", List.of(Map.of("match", Map.of("cookie", "canary", "value", "1")))),
                        "steps[0].match.value: value applies to header only"),
                plan(Map.of("steps", List.of(Map.of("match", Map.of("header", "x canary")))),
                        "steps[0].match.header: is not a valid header or cookie name: \"x canary\""),
                plan(Map.of("steps", List.of(Map.of("match", Map.of("header", "x", "value", "a\nb")))),
                        "steps[0].match.value: must not contain control characters"),
                plan(Map.of("steps", List.of(Map.of("match", Map.of("header", "x", "regex", "a.*")))),
                        "steps[0].match.regex: is not a known field; allowed fields: cookie, header, value"),
                plan(Map.of("steps", List.of(Map.of("match", "x-canary"))), "steps[0].match: must be a mapping of fields"),
                plan(Map.of("scaleDownDelay", "30"), "scaleDownDelay: must be a duration such as 30s"),
                plan(Map.of("scaleDownDelay", 30), "scaleDownDelay: must be a duration such as 30s, 5m, 1h or 1h30m (with a unit), was \"30\""),
                plan(Map.of("onInconclusive", "ignore"), "onInconclusive: \"ignore\" is not one of: pause, fail"),
                plan(Map.of("lockWait", "yes"), "lockWait: must be true or false, was \"yes\""),
                plan(Map.of("lockTimeout", "0s"), "lockTimeout: must be longer than 0s"),
                plan(Map.of("analyses", Map.of()), "analyses: must be a list"),
                plan(Map.of("analyses", List.of(analysis("a"), analysis("a"))),
                        "analyses[1]: the analysis name \"a\" is defined twice"));
    }

    static List<Arguments> invalidAnalyses() {
        return List.of(
                analysis(Map.of("query", "q", "successCondition", "> 0"), ": the field name is required"),
                analysis(Map.of("name", "a", "successCondition", "> 0"), ": the field query is required"),
                analysis(Map.of("name", "a", "query", "q"), ": the field successCondition is required"),
                analysis(with("name", "A"), "name: \"A\" is not a valid analysis name"),
                analysis(with("successCondition", "0.99"), "successCondition: \"0.99\" is not a success condition"),
                analysis(with("query", "x{ns=\"{{ns}}\"}"), "query: uses the unknown placeholder \"ns\"; known placeholders: application, canary, canaryService"),
                analysis(with("query", "up{ns=\"{{namespace}\"}"),
                        "query: has {{ that does not open a placeholder such as {{namespace}}"),
                analysis(with("successCondition", "== 1"), "successCondition: \"== 1\" is not a success condition"),
                analysis(with("sampleQuery", "{{pod}}"), "sampleQuery: uses the unknown placeholder \"pod\""),
                analysis(with("interval", "1"), "interval: must be a duration"),
                analysis(with("interval", "0s"), "interval: must be longer than 0s"),
                analysis(with("count", 0), "count: must be between 1 and 1000, was 0"),
                analysis(with("failureLimit", 5), "failureLimit: must be less than count (5), otherwise it could never be exceeded; was 5"),
                analysis(with("count", 2, "inconclusiveLimit", 2), "inconclusiveLimit: must be less than count (2)"),
                analysis(with("failureLimit", -1), "failureLimit: must be between 0 and 1000, was -1"),
                analysis(with("minSampleSize", 5), "minSampleSize: needs sampleQuery"),
                analysis(with("sampleQuery", "s", "minSampleSize", -1), "minSampleSize: must be at least 0, was -1"),
                analysis(with("sampleQuery", "s", "minSampleSize", "many"), "minSampleSize: must be a number, was \"many\""),
                analysis(with("onError", "retry"), "onError: \"retry\" is not one of: inconclusive, fail"),
                analysis(with("threshold", 1), "threshold: is not a known field"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalidPlans")
    void shouldNameTheFieldOfAnInvalidPlan(Map<String, ?> values, String message) {
        ReleasePlanException error = catchThrowableOfType(ReleasePlanException.class,
                () -> ReleasePlanParser.parse(values));

        assertThat(error).hasMessageStartingWith(message);
        assertThat(error.problems()).hasSize(1);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalidAnalyses")
    void shouldNameTheFieldOfAnInvalidAnalysis(Map<String, ?> values, String message) {
        ReleasePlanException error = catchThrowableOfType(ReleasePlanException.class,
                () -> ReleasePlanParser.analysis(values));

        assertThat(error.getMessage()).startsWith(message.startsWith(":") ? "release plan" + message : message);
        assertThat(error.problems()).hasSize(1);
    }

    private static Arguments plan(Map<String, ?> values, String message) {
        return Arguments.of(values, message);
    }

    private static Arguments analysis(Map<String, ?> values, String message) {
        return Arguments.of(values, message);
    }

    private static Map<String, Object> analysis(String name) {
        return Map.of("name", name, "query", "q", "successCondition", "> 0");
    }

    private static Map<String, Object> with(Object... keysAndValues) {
        Map<String, Object> values = new java.util.LinkedHashMap<>(analysis("a"));
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return values;
    }
}
