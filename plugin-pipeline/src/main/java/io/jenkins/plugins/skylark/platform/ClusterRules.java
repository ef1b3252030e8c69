package io.jenkins.plugins.skylark.platform;

import java.util.List;
import java.util.Map;

/** Rules for clusters: id, API URL, credentials, CA certificate versus skip-TLS, labels. */
final class ClusterRules {

    private ClusterRules() {
    }

    static void check(PlatformModel model, Problems problems) {
        List<Cluster> clusters = model.clusters();
        List<Cluster> earlier = ObjectIds.earlierWithSameKey(clusters, Cluster::id);
        for (int i = 0; i < clusters.size(); i++) {
            Cluster cluster = clusters.get(i);
            Problems.Subject subject = problems.about("cluster", ObjectIds.of(cluster.id(), i));
            if (subject.label("id", cluster.id(), "id.invalid") && earlier.get(i) != null) {
                subject.add("id", "id.duplicate", cluster.id(), problems.text("kind.cluster"));
            }
            if (subject.required("apiUrl", cluster.apiUrl())) {
                Addresses.checkHttpUrl(subject, "apiUrl", cluster.apiUrl());
            }
            subject.required("credentialsId", cluster.credentialsId());
            checkTls(subject, cluster);
            checkLabels(subject, cluster.labels());
        }
    }

    private static void checkTls(Problems.Subject subject, Cluster cluster) {
        if (ObjectIds.isBlank(cluster.caCertificatePem())) {
            return;
        }
        if (cluster.skipTlsVerify()) {
            // Both set means the intent is unclear; guessing either way would hide a misconfiguration.
            subject.add("skipTlsVerify", "skipTls.withCa");
        } else {
            Certificates.checkPem(subject, "caCertificatePem", cluster.caCertificatePem());
        }
    }

    private static void checkLabels(Problems.Subject subject, Map<String, String> labels) {
        labels.forEach((key, value) -> {
            if (!KubernetesNames.isLabelKey(key)) {
                subject.add("labels", "label.key", key);
            } else if (!KubernetesNames.isLabelValue(value)) {
                subject.add("labels", "label.value", key, value);
            }
        });
    }
}
