package io.jenkins.plugins.skylark.deploy.release;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.skylark.deploy.rollout.RevisionHistory;
import io.jenkins.plugins.skylark.deploy.rollout.RolloutFailure;
import io.jenkins.plugins.skylark.deploy.rollout.RolloutWaiter;
import io.jenkins.plugins.skylark.deploy.workload.SkylarkLabels;
import io.jenkins.plugins.skylark.deploy.workload.Workload;
import io.jenkins.plugins.skylark.deploy.workload.WorkloadKind;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The canary's Deployment and Service, made from the stable ones: the pod template copied with the new image,
 * labels from {@link CanaryLabels}, the stable Service's ports. The release's own settings that the state does
 * not hold (container, scale-down delay) are annotations on the canary Deployment, so whichever build promotes
 * or aborts finds them.
 */
final class CanaryWorkloads {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(CanaryWorkloads.class);
    static final String CONTAINER = "skylark.io/release-container";
    static final String SCALE_DOWN_DELAY = "skylark.io/release-scale-down-delay";

    private final KubernetesClient client;
    private final Consumer<String> log;
    private final EngineSettings settings;

    CanaryWorkloads(KubernetesClient client, Consumer<String> log, EngineSettings settings) {
        this.client = client;
        this.log = log;
        this.settings = settings;
    }

    Deployment stable(ReleaseTarget target) {
        Deployment stable = deployment(target, target.stableWorkload());
        if (stable == null) {
            throw new IllegalArgumentException(TEXT.format("stable.missing", target.stableWorkload(), target.namespace()));
        }
        return stable;
    }

    Service stableService(ReleaseTarget target) {
        Service service = client.services().inNamespace(target.namespace()).withName(target.stableService()).get();
        if (service == null || service.getSpec().getSelector() == null || service.getSpec().getSelector().isEmpty()) {
            throw new IllegalArgumentException(TEXT.format("service.missing", target.stableService(), target.namespace()));
        }
        return service;
    }

    /** {@code requested}, or the first container's name; a named container must exist. */
    static String container(Deployment stable, String requested) {
        List<Container> containers = stable.getSpec().getTemplate().getSpec().getContainers();
        if (requested == null) {
            return containers.get(0).getName();
        }
        if (containers.stream().noneMatch(c -> requested.equals(c.getName()))) {
            throw new IllegalArgumentException(TEXT.format("container.missing", stable.getMetadata().getName(), requested));
        }
        return requested;
    }

    static String image(Deployment deployment, String container) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(c -> container.equals(c.getName())).map(Container::getImage).findFirst().orElse(null);
    }

    static int replicas(Deployment deployment) {
        Integer replicas = deployment.getSpec().getReplicas();
        return replicas == null ? 1 : replicas;
    }

    long revision(ReleaseTarget target, Deployment deployment) {
        return RevisionHistory.snapshot(client, target.namespace()).current(deployment);
    }

    /** Creates (or re-applies) the canary Deployment and Service; does not wait. */
    Deployment create(ReleaseTarget target, String container, String image, int replicas, Duration scaleDownDelay) {
        Deployment stable = stable(target);
        Map<String, String> selector = stableService(target).getSpec().getSelector();
        PodTemplateSpec template = client.getKubernetesSerialization().clone(stable.getSpec().getTemplate());
        template.getSpec().getContainers().stream().filter(c -> container.equals(c.getName()))
                .forEach(c -> c.setImage(image));
        ObjectMeta podMeta = template.getMetadata() == null ? new ObjectMeta() : template.getMetadata();
        podMeta.setLabels(withoutVersion(CanaryLabels.canary(podMeta.getLabels(), selector, target.router())));
        podMeta.setAnnotations(withoutVersion(podMeta.getAnnotations()));
        template.setMetadata(podMeta);
        Map<String, String> labels = withoutVersion(CanaryLabels.canary(stable.getMetadata().getLabels(), Map.of(),
                RouterKind.NONE));
        labels.remove(SkylarkLabels.APPLICATION); // platformDeploy's operations on the application leave it alone
        Deployment canary = new DeploymentBuilder().withNewMetadata().withName(target.canaryWorkload())
                .withNamespace(target.namespace()).withLabels(labels)
                .withAnnotations(Map.of(CONTAINER, container, SCALE_DOWN_DELAY, scaleDownDelay.toString()))
                .endMetadata().withNewSpecLike(stable.getSpec()).withReplicas(replicas).withPaused(null)
                .editSelector().withMatchLabels(CanaryLabels.canary(stable.getSpec().getSelector().getMatchLabels(),
                        selector, target.router())).endSelector()
                .withTemplate(template).endSpec().build();
        Deployment applied = apply(target, canary);
        apply(target, new ServiceBuilder().withNewMetadata().withName(target.canaryService())
                .withNamespace(target.namespace()).withLabels(Map.of(CanaryLabels.TRACK, CanaryLabels.CANARY)).endMetadata()
                .withNewSpec().withSelector(CanaryLabels.canaryServiceSelector(selector, target.router()))
                .withPorts(ports(stableService(target))).endSpec().build());
        log.accept(TEXT.format("canary.created", target.canaryWorkload(), image, replicas, target.canaryService()));
        return applied;
    }

    /** Empty when the canary is ready; else why not. */
    Optional<String> awaitReady(ReleaseTarget target) {
        Optional<RolloutFailure> failure = new RolloutWaiter(client, target.namespace(), settings.pollInterval(), log)
                .await(List.of(new Workload(WorkloadKind.DEPLOYMENT, target.canaryWorkload())), settings.readyTimeout(),
                        true);
        return failure.map(f -> f.diagnosis().describe());
    }

    void scale(ReleaseTarget target, int replicas) {
        client.apps().deployments().inNamespace(target.namespace()).withName(target.canaryWorkload()).scale(replicas);
        log.accept(TEXT.format("canary.scaled", target.canaryWorkload(), replicas));
    }

    Optional<Deployment> canary(ReleaseTarget target) {
        return Optional.ofNullable(deployment(target, target.canaryWorkload()));
    }

    /** The container and scale-down delay the release was started with (first container, none, when unknown). */
    Settings settings(ReleaseTarget target) {
        Map<String, String> annotations = canary(target).map(d -> d.getMetadata().getAnnotations()).orElse(null);
        String container = annotations == null ? null : annotations.get(CONTAINER);
        Duration delay = Duration.ZERO;
        try {
            delay = annotations == null || annotations.get(SCALE_DOWN_DELAY) == null ? Duration.ZERO
                    : Duration.parse(annotations.get(SCALE_DOWN_DELAY));
        } catch (DateTimeParseException e) {
            log.accept(TEXT.format("delay.unreadable", annotations.get(SCALE_DOWN_DELAY), target.canaryWorkload()));
        }
        return new Settings(container, delay);
    }

    /** Deletes the canary Deployment and Service (either may already be gone). */
    void delete(ReleaseTarget target) {
        client.apps().deployments().inNamespace(target.namespace()).withName(target.canaryWorkload()).delete();
        client.services().inNamespace(target.namespace()).withName(target.canaryService()).delete();
        log.accept(TEXT.format("canary.deleted", target.canaryWorkload(), target.canaryService()));
    }

    private Deployment deployment(ReleaseTarget target, String name) {
        return client.apps().deployments().inNamespace(target.namespace()).withName(name).get();
    }

    private <T extends io.fabric8.kubernetes.api.model.HasMetadata> T apply(ReleaseTarget target, T object) {
        return client.resource(object).inNamespace(target.namespace()).fieldManager(target.fieldManager())
                .forceConflicts().serverSideApply();
    }

    private static List<ServicePort> ports(Service stable) {
        return stable.getSpec().getPorts().stream().map(p -> new ServicePortBuilder().withName(p.getName())
                .withPort(p.getPort()).withTargetPort(p.getTargetPort()).withProtocol(p.getProtocol())
                .withAppProtocol(p.getAppProtocol()).build()).toList();
    }

    /** The stable's version and commit labels would be wrong on the canary. */
    private static Map<String, String> withoutVersion(Map<String, String> map) {
        if (map == null) {
            return null;
        }
        Map<String, String> copy = new LinkedHashMap<>(map);
        copy.remove(SkylarkLabels.VERSION);
        copy.remove(SkylarkLabels.COMMIT);
        return copy.isEmpty() ? null : copy;
    }

    /** What the canary Deployment's annotations say about the release. */
    record Settings(String container, Duration scaleDownDelay) {
    }
}
