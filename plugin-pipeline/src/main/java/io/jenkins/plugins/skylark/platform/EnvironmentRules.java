package io.jenkins.plugins.skylark.platform;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Rules for environments: id unique per project, references, namespace owned by the project on that
 * cluster, order unique per project, approvers of protected environments, four eyes only on those, router
 * offered by the cluster, exposure ({@link ExposureRules}), release settings ({@link ReleaseRules}), issue
 * updates (a non-blank transition; the project needs a JIRA server).
 */
final class EnvironmentRules {

    private EnvironmentRules() {
    }

    static void check(PlatformModel model, Problems problems) {
        List<Environment> environments = model.environments();
        List<Environment> sameId = ObjectIds.earlierWithSameKey(environments,
                environment -> ObjectIds.keyOf(environment.projectId(), environment.id()));
        List<Environment> sameOrder = ObjectIds.earlierWithSameKey(environments,
                environment -> ObjectIds.keyOf(environment.projectId(), String.valueOf(environment.order())));
        for (int i = 0; i < environments.size(); i++) {
            Environment environment = environments.get(i);
            Problems.Subject subject = problems.about("environment",
                    ObjectIds.qualified(environment.projectId(), environment.id(), i));
            if (subject.label("id", environment.id(), "id.invalid") && sameId.get(i) != null) {
                subject.add("id", "id.duplicateInProject", environment.id(), environment.projectId(),
                        problems.text("kind.environment"));
            }
            if (sameOrder.get(i) != null) {
                subject.add("order", "order.duplicate", String.valueOf(environment.order()), sameOrder.get(i).id());
            }
            checkPlacement(model, subject, environment);
            checkApprovers(subject, environment);
            ExposureRules.check(model, subject, environment);
            ReleaseRules.check(model, subject, environment, problems.locale());
            checkIssueUpdates(model, subject, environment);
        }
    }

    private static void checkPlacement(PlatformModel model, Problems.Subject subject, Environment environment) {
        Optional<Project> project = resolve(subject, "projectId", environment.projectId(), "project",
                model.project(environment.projectId()));
        Optional<Cluster> cluster = resolve(subject, "clusterId", environment.clusterId(), "cluster",
                model.cluster(environment.clusterId()));
        boolean namespaceValid = subject.label("namespace", environment.namespace(), "namespace.invalid");
        if (project.isPresent() && cluster.isPresent() && namespaceValid
                && !project.get().owns(environment.clusterId(), environment.namespace())) {
            subject.add("namespace", "namespace.notOwned", environment.namespace(), environment.clusterId(),
                    environment.projectId(), describe(project.get().namespaces(), subject));
        }
        TrafficRouter router = environment.trafficRouter();
        if (router != null && cluster.isPresent() && !cluster.get().offers(router)) {
            subject.add("trafficRouter", "trafficRouter.notOffered", environment.clusterId(), router.userName(),
                    cluster.get().trafficRouters().isEmpty() ? subject.none()
                            : cluster.get().trafficRouters().stream().map(TrafficRouter::userName)
                                    .collect(Collectors.joining(", ")));
        }
    }

    private static void checkApprovers(Problems.Subject subject, Environment environment) {
        if (environment.approvers().stream().anyMatch(ObjectIds::isBlank)) {
            subject.add("approvers", "approvers.blank");
        } else if (environment.protectedEnvironment() && environment.approvers().isEmpty()) {
            subject.add("approvers", "approvers.required");
        }
        // Refused rather than ignored: an administrator who ticks four eyes expects deploys to need approval.
        if (environment.fourEyes() && !environment.protectedEnvironment()) {
            subject.add("fourEyes", "fourEyes.unprotected");
        }
    }

    /** Issue updates act through the project's JIRA server; without one they could only fail on every deploy. */
    private static void checkIssueUpdates(PlatformModel model, Problems.Subject subject, Environment environment) {
        IssueUpdates updates = environment.issueUpdates();
        if (updates.transition() != null && updates.transition().isBlank()) {
            subject.add("issueUpdates.transition", "issueUpdates.transitionBlank");
        }
        Optional<Project> project = model.project(environment.projectId());
        if (updates.any() && project.isPresent() && ObjectIds.isBlank(project.get().servers().jiraServerId())) {
            subject.add("issueUpdates", "issueUpdates.needsJira", environment.projectId());
        }
    }

    private static <T> Optional<T> resolve(Problems.Subject subject, String field, String id, String targetKind,
                                           Optional<T> target) {
        if (subject.required(field, id)) {
            subject.resolves(field, target.isPresent(), targetKind, id);
            return target;
        }
        return Optional.empty();
    }

    private static String describe(List<NamespaceBinding> bindings, Problems.Subject subject) {
        return bindings.isEmpty() ? subject.none()
                : bindings.stream().map(NamespaceBinding::toString).collect(Collectors.joining(", "));
    }
}
