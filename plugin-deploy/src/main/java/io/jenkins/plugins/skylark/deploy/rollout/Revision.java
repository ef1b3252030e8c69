package io.jenkins.plugins.skylark.deploy.rollout;

import io.fabric8.kubernetes.api.model.PodTemplateSpec;

/**
 * One entry of a workload's history: its revision number, the hash its pods are labelled with, and
 * the pod template it ran.
 */
public record Revision(long number, String hash, PodTemplateSpec template) {
}
