package io.jenkins.plugins.skylark.deploy.release.jenkins;

import io.jenkins.plugins.skylark.deploy.release.ReleaseTarget;
import io.jenkins.plugins.skylark.deploy.release.analysis.AnalysisTemplate;
import io.jenkins.plugins.skylark.deploy.release.analysis.AnalysisTemplates;
import io.jenkins.plugins.skylark.deploy.release.analysis.BuiltInAnalyses;
import io.jenkins.plugins.skylark.deploy.release.analysis.Placeholders;
import io.jenkins.plugins.skylark.release.AnalysisDefinition;
import io.jenkins.plugins.skylark.release.ReleasePlan;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which analysis {@code grayAnalyze} runs for a name: the release file's definition, else the platform
 * model's, else the built-in one for the environment's router; and the values of its placeholders.
 */
final class GrayAnalyses {
    private GrayAnalyses() {
    }

    /** {@code file} may be {@code null} (no release file given). */
    static AnalysisTemplate template(String name, ReleasePlan file, GrayScope scope) {
        Optional<AnalysisDefinition> defined = file == null ? Optional.empty() : file.analysis(name);
        if (defined.isEmpty()) {
            defined = GrayPlans.modelAnalysis(name, scope);
        }
        return defined.map(AnalysisTemplates::from).orElseGet(
                () -> BuiltInAnalyses.resolve(name, scope.context().trafficRouter()));
    }

    /** The release target's names under every placeholder name the analyses and the release files use. */
    static Map<String, String> placeholders(ReleaseTarget target) {
        Map<String, String> values = new HashMap<>();
        values.put(Placeholders.APPLICATION, target.application());
        values.put(Placeholders.NAMESPACE, target.namespace());
        values.put(Placeholders.CANARY, target.canaryWorkload());
        values.put(Placeholders.STABLE, target.stableWorkload());
        values.put("canaryWorkload", target.canaryWorkload());
        values.put("stableWorkload", target.stableWorkload());
        values.put(Placeholders.CANARY_SERVICE, target.canaryService());
        values.put(Placeholders.STABLE_SERVICE, target.stableService());
        if (target.route() != null) {
            values.put(Placeholders.ROUTE, target.route());
            values.put(Placeholders.INGRESS, target.route());
        }
        return values;
    }
}
