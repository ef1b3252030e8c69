package io.jenkins.plugins.skylark.platform;

import io.jenkins.plugins.skylark.release.AnalysisDefinition;
import io.jenkins.plugins.skylark.release.ReleasePlan;
import io.jenkins.plugins.skylark.release.ReleasePlanException;
import io.jenkins.plugins.skylark.release.ReleasePlanParser;
import io.jenkins.plugins.skylark.release.ReleaseProblem;
import io.jenkins.plugins.skylark.release.ReleaseStep;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Rules for an environment's {@link ReleaseSettings}: the default policy follows the release file's rules,
 * its match steps need a traffic router, its analyses exist (in the policy, the project or built in) and
 * need Prometheus; the Prometheus URL is an {@code http(s)} URL and its credentials need it; a route name is
 * a Kubernetes object name and needs a router; the delay is not negative.
 */
final class ReleaseRules {

    private ReleaseRules() {
    }

    static void check(PlatformModel model, Problems.Subject subject, Environment environment, Locale locale) {
        ReleaseSettings release = environment.release();
        policy(locale, subject, release.defaultPolicy()).ifPresent(plan -> checkPlan(model, subject, environment, plan));
        if (isSet(release.prometheusUrl())) {
            Addresses.checkHttpUrl(subject, "release.prometheusUrl", release.prometheusUrl());
        }
        if (isSet(release.prometheusCredentialsId())) {
            if (!isSet(release.prometheusUrl())) {
                subject.add("release.prometheusCredentialsId", "release.credentialsWithoutPrometheus");
            } else {
                credentialsId(subject, "release.prometheusCredentialsId", release.prometheusCredentialsId());
            }
        }
        if (isSet(release.routeName())) {
            if (environment.trafficRouter() == null) {
                subject.add("release.routeName", "release.routeWithoutRouter", release.routeName());
            } else if (!KubernetesNames.isSubdomain(release.routeName())) {
                subject.add("release.routeName", "name.invalid", release.routeName());
            }
        }
        if (release.scaleDownDelay() != null && release.scaleDownDelay().isNegative()) {
            subject.add("release.scaleDownDelay", "release.delay.negative");
        }
    }

    /** The policy parsed, or empty when absent or invalid (then each problem is reported, with its line). */
    static Optional<ReleasePlan> policy(Locale locale, Problems.Subject subject, String text) {
        if (!isSet(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ReleasePlanParser.parseYaml(null, text));
        } catch (ReleasePlanException e) {
            for (ReleaseProblem problem : e.problems()) {
                subject.addText("release.defaultPolicy", problem.message(locale));
            }
            return Optional.empty();
        }
    }

    private static void checkPlan(PlatformModel model, Problems.Subject subject, Environment environment,
            ReleasePlan plan) {
        if (environment.trafficRouter() == null && plan.steps().stream().anyMatch(ReleaseStep.Match.class::isInstance)) {
            subject.add("release.defaultPolicy", "release.matchWithoutRouter");
        }
        Set<String> known = new HashSet<>(AnalysisDefinition.BUILT_IN_NAMES);
        plan.analyses().forEach(analysis -> known.add(analysis.name()));
        model.analyses(environment.projectId()).forEach(analysis -> known.add(analysis.name()));
        plan.analysisNames().stream().filter(name -> !known.contains(name)).forEach(name ->
                subject.add("release.defaultPolicy", "release.unknownAnalysis", name, environment.projectId()));
        if (!plan.analysisNames().isEmpty() && !isSet(environment.release().prometheusUrl())) {
            subject.add("release.prometheusUrl", "release.analysisWithoutPrometheus",
                    String.join(", ", plan.analysisNames()));
        }
    }

    /** A credentials id as typed; a URL (with a token in it, perhaps) is refused without being repeated. */
    static void credentialsId(Problems.Subject subject, String field, String id) {
        if (id.contains("://")) {
            subject.add(field, "release.credentialsIdUrl");
        } else {
            ChannelRules.plausibleCredentialsId(subject, field, id);
        }
    }

    private static boolean isSet(String value) {
        return !ObjectIds.isBlank(value);
    }
}
