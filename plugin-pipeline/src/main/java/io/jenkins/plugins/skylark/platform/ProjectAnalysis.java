package io.jenkins.plugins.skylark.platform;

import io.jenkins.plugins.skylark.release.AnalysisDefinition;
import io.jenkins.plugins.skylark.release.ReleasePlanParser;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A named analysis of a project, as configured: the values as written (the release file's keys), so one
 * parser ({@link ReleasePlanParser#analysis}) checks the configuration, Configuration as Code and release
 * files alike. {@link #definition()} is the checked, typed analysis. A name of a built-in analysis
 * ({@link AnalysisDefinition#BUILT_IN_NAMES}) replaces it for the project; a release file's analysis of the
 * same name replaces the project's.
 *
 * @param projectId the owning project; names are unique per project
 * @param name DNS-1123 label, what {@code [analysis: 'name']} refers to
 */
public record ProjectAnalysis(String projectId, String name, String query, String sampleQuery,
        String successCondition, String interval, String count, String failureLimit, String inconclusiveLimit,
        String minSampleSize, String onError) {

    /** The analysis checked and typed. @throws io.jenkins.plugins.skylark.release.ReleasePlanException when invalid */
    public AnalysisDefinition definition() {
        return ReleasePlanParser.analysis(values());
    }

    /** The values given, under the release file's keys; blank ones left out (= defaults). */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "name", name);
        put(values, "query", query);
        put(values, "sampleQuery", sampleQuery);
        put(values, "successCondition", successCondition);
        put(values, "interval", interval);
        put(values, "count", count);
        put(values, "failureLimit", failureLimit);
        put(values, "inconclusiveLimit", inconclusiveLimit);
        put(values, "minSampleSize", minSampleSize);
        put(values, "onError", onError);
        return values;
    }

    private static void put(Map<String, String> values, String key, String value) {
        if (!ObjectIds.isBlank(value)) {
            values.put(key, value.strip());
        }
    }
}
