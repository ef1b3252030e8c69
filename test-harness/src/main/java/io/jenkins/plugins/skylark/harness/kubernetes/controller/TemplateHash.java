package io.jenkins.plugins.skylark.harness.kubernetes.controller;

import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.nio.charset.StandardCharsets;

/**
 * The {@code pod-template-hash} of a pod template, computed as Kubernetes does (FNV-1a over the template,
 * rendered with the "safe" alphabet), ignoring any hash label already on it.
 */
final class TemplateHash {

    static final String LABEL = "pod-template-hash";
    private static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

    private TemplateHash() {
    }

    static String of(PodTemplateSpec template) {
        PodTemplateSpec copy = new PodTemplateSpecBuilder(template).build();
        if (copy.getMetadata() != null && copy.getMetadata().getLabels() != null) {
            copy.getMetadata().getLabels().remove(LABEL);
            copy.getMetadata().getLabels().remove("controller-revision-hash");
        }
        int hash = 0x811c9dc5;
        for (byte b : Serialization.asJson(copy).getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x01000193;
        }
        String digits = Long.toString(hash & 0xffffffffL);
        StringBuilder safe = new StringBuilder();
        for (char c : digits.toCharArray()) {
            safe.append(ALPHABET.charAt(c % ALPHABET.length()));
        }
        return safe.toString();
    }
}
