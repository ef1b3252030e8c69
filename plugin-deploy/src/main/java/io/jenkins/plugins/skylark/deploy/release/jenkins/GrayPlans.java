package io.jenkins.plugins.skylark.deploy.release.jenkins;

import io.jenkins.plugins.skylark.platform.Environment;
import io.jenkins.plugins.skylark.platform.ProjectAnalysis;
import io.jenkins.plugins.skylark.platform.ReleaseSettings;
import io.jenkins.plugins.skylark.release.AnalysisDefinition;
import io.jenkins.plugins.skylark.release.ReleasePlan;
import io.jenkins.plugins.skylark.release.ReleasePlanParser;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where {@code grayStart}'s release plan comes from: the Jenkinsfile's {@code steps}, a release file in the
 * workspace, or the environment's default release policy, in that order. The plan parser checks them all
 * alike and names the field (and the file and line) of every problem.
 */
final class GrayPlans {
    private GrayPlans() {
    }

    /** A plan and where it came from: {@code steps}, the release file's path or {@code environment}. */
    record Resolved(ReleasePlan plan, String source) {
    }

    static Resolved fromSteps(String strategy, Object steps) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("strategy", strategy == null ? "canary" : strategy);
        values.put("steps", steps);
        return new Resolved(ReleasePlanParser.parse(values), "steps");
    }

    /** The file's plan; a {@code strategy} argument must agree with the file's. */
    static Resolved fromFile(String strategy, String path, String text) {
        ReleasePlan plan = ReleasePlanParser.parseYaml(path, text);
        if (strategy != null && ReleasePlanParser.strategy(strategy) != plan.strategy()) {
            throw new IllegalArgumentException(Messages.get("GrayStartStep.strategyDiffers", strategy, path,
                    plan.strategy().userName()));
        }
        return new Resolved(plan, path);
    }

    /** The environment's default release policy; a {@code strategy} argument must agree with it. */
    static Resolved fromEnvironment(String strategy, GrayScope scope) {
        Environment environment = environment(scope);
        ReleasePlan plan = environment.release().defaultPlan().orElseThrow(() -> new IllegalArgumentException(
                Messages.get("GrayStartStep.noPlan", scope.step(), environment.qualifiedId())));
        if (strategy != null && ReleasePlanParser.strategy(strategy) != plan.strategy()) {
            throw new IllegalArgumentException(Messages.get("GrayStartStep.strategyDiffersPolicy", strategy,
                    environment.qualifiedId(), plan.strategy().userName()));
        }
        return new Resolved(plan, "environment");
    }

    /** The environment's Prometheus for analyses: its URL (required) and credential id ({@code null}: none). */
    record Prometheus(String url, String credentialsId) {
    }

    static Prometheus prometheus(GrayScope scope) {
        Environment environment = environment(scope);
        ReleaseSettings settings = environment.release();
        if (settings.prometheusUrl() == null || settings.prometheusUrl().isBlank()) {
            throw new IllegalArgumentException(Messages.get("GrayPlans.noPrometheus", scope.step(),
                    environment.qualifiedId()));
        }
        return new Prometheus(settings.prometheusUrl(), settings.prometheusCredentialsId());
    }

    /** The project's analysis of that name in the platform model. */
    static Optional<AnalysisDefinition> modelAnalysis(String name, GrayScope scope) {
        return scope.model().analysis(scope.context().projectId(), name).map(ProjectAnalysis::definition);
    }

    /** The router object releases change here; {@code null}: named like the application. */
    static String routeName(GrayScope scope) {
        String route = environment(scope).release().routeName();
        return route == null || route.isBlank() ? null : route;
    }

    /** Whether a person's go-ahead during the release must come from the environment's approvers. */
    static boolean protectedEnvironment(GrayScope scope) {
        return environment(scope).protectedEnvironment();
    }

    static Environment environment(GrayScope scope) {
        return scope.model().environment(scope.context().projectId(), scope.context().environmentId()).orElseThrow(
                () -> new IllegalArgumentException(Messages.get("GrayStartStep.unknownEnvironment",
                        scope.context().projectId() + "/" + scope.context().environmentId())));
    }
}
