package io.jenkins.plugins.skylark.deploy.apply;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Set;

/** Apply order: what pods need (config, accounts, claims) first, workloads last, as kubectl and Helm do. */
enum ApplyTier {
    FOUNDATION,
    NETWORK_AND_OTHERS,
    WORKLOADS;

    private static final Set<String> FOUNDATION_KINDS = Set.of("Namespace", "CustomResourceDefinition",
            "ServiceAccount", "Secret", "ConfigMap", "PersistentVolumeClaim", "PersistentVolume", "StorageClass",
            "Role", "RoleBinding", "ClusterRole", "ClusterRoleBinding", "ResourceQuota", "LimitRange",
            "PriorityClass");
    private static final Set<String> WORKLOAD_KINDS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet",
            "Job", "CronJob", "Pod");

    static ApplyTier of(HasMetadata object) {
        if (FOUNDATION_KINDS.contains(object.getKind())) {
            return FOUNDATION;
        }
        return WORKLOAD_KINDS.contains(object.getKind()) ? WORKLOADS : NETWORK_AND_OTHERS;
    }
}
