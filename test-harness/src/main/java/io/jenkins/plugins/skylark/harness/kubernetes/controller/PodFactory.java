package io.jenkins.plugins.skylark.harness.kubernetes.controller;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.security.SecureRandom;
import java.util.Map;

/** Creates the pods a workload controller asks for, from its pod template, owned by the controller object. */
final class PodFactory {

    private static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PodFactory() {
    }

    /** A pod named {@code name} (or {@code prefix-xxxxx} when name is null) from the template. */
    static Pod from(HasMetadata owner, PodTemplateSpec template, String name, Map<String, String> extraLabels) {
        String podName = name != null ? name : owner.getMetadata().getName() + "-" + suffix();
        return new PodBuilder()
                .withNewMetadata().withName(podName).withNamespace(owner.getMetadata().getNamespace())
                .withLabels(template.getMetadata() == null ? Map.of() : template.getMetadata().getLabels())
                .addToLabels(extraLabels)
                .withAnnotations(template.getMetadata() == null ? Map.of()
                        : template.getMetadata().getAnnotations())
                .addNewOwnerReference().withApiVersion(owner.getApiVersion()).withKind(owner.getKind())
                .withName(owner.getMetadata().getName()).withUid(owner.getMetadata().getUid())
                .withController(true).withBlockOwnerDeletion(true).endOwnerReference()
                .endMetadata()
                .withSpec(template.getSpec())
                .build();
    }

    static String suffix() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    static boolean isReady(Pod pod) {
        return pod.getStatus() != null && pod.getStatus().getConditions().stream()
                .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
    }

    static boolean isTerminating(Pod pod) {
        return pod.getMetadata().getDeletionTimestamp() != null;
    }

    static String condition(Pod pod, String type) {
        return pod.getStatus() == null ? null : pod.getStatus().getConditions().stream()
                .filter(c -> type.equals(c.getType())).map(PodCondition::getStatus).findFirst().orElse(null);
    }
}
