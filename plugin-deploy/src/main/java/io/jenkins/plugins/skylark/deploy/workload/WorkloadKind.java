package io.jenkins.plugins.skylark.deploy.workload;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Deployment, StatefulSet, DaemonSet: the kinds that roll out. {@code podRevisionLabel} is the pod
 * label the controller sets to tell a pod's revision.
 */
public enum WorkloadKind {
    DEPLOYMENT(Deployment.class, "deployment", "pod-template-hash",
            w -> ((Deployment) w).getSpec().getTemplate(), (w, t) -> ((Deployment) w).getSpec().setTemplate(t),
            w -> ((Deployment) w).getSpec().getSelector()),
    STATEFUL_SET(StatefulSet.class, "statefulset", "controller-revision-hash",
            w -> ((StatefulSet) w).getSpec().getTemplate(), (w, t) -> ((StatefulSet) w).getSpec().setTemplate(t),
            w -> ((StatefulSet) w).getSpec().getSelector()),
    DAEMON_SET(DaemonSet.class, "daemonset", "controller-revision-hash",
            w -> ((DaemonSet) w).getSpec().getTemplate(), (w, t) -> ((DaemonSet) w).getSpec().setTemplate(t),
            w -> ((DaemonSet) w).getSpec().getSelector());

    private final Class<? extends HasMetadata> type;
    private final String resourceName;
    private final String podRevisionLabel;
    private final Function<HasMetadata, PodTemplateSpec> template;
    private final BiConsumer<HasMetadata, PodTemplateSpec> templateSetter;
    private final Function<HasMetadata, LabelSelector> selector;

    WorkloadKind(Class<? extends HasMetadata> type, String resourceName, String podRevisionLabel,
            Function<HasMetadata, PodTemplateSpec> template, BiConsumer<HasMetadata, PodTemplateSpec> templateSetter,
            Function<HasMetadata, LabelSelector> selector) {
        this.type = type;
        this.resourceName = resourceName;
        this.podRevisionLabel = podRevisionLabel;
        this.template = template;
        this.templateSetter = templateSetter;
        this.selector = selector;
    }

    public static Optional<WorkloadKind> of(HasMetadata object) {
        return Arrays.stream(values()).filter(kind -> kind.type.isInstance(object)).findFirst();
    }

    /** Lower-case name as kubectl prints it ({@code deployment/orders}). */
    public String resourceName() {
        return resourceName;
    }

    public String podRevisionLabel() {
        return podRevisionLabel;
    }

    /** The pod template, or {@code null} when the object has no spec yet. */
    public PodTemplateSpec template(HasMetadata workload) {
        return hasSpec(workload) ? template.apply(workload) : null;
    }

    public void setTemplate(HasMetadata workload, PodTemplateSpec podTemplate) {
        templateSetter.accept(workload, podTemplate);
    }

    public LabelSelector selector(HasMetadata workload) {
        return hasSpec(workload) ? selector.apply(workload) : null;
    }

    public Resource<? extends HasMetadata> resource(KubernetesClient client, String namespace, String name) {
        return client.resources(type).inNamespace(namespace).withName(name);
    }

    public List<? extends HasMetadata> list(KubernetesClient client, String namespace) {
        return client.resources(type).inNamespace(namespace).list().getItems();
    }

    public List<? extends HasMetadata> listLabelled(KubernetesClient client, String namespace, String label, String value) {
        return client.resources(type).inNamespace(namespace).withLabel(label, value).list().getItems();
    }

    private boolean hasSpec(HasMetadata workload) {
        return switch (this) {
            case DEPLOYMENT -> ((Deployment) workload).getSpec() != null;
            case STATEFUL_SET -> ((StatefulSet) workload).getSpec() != null;
            case DAEMON_SET -> ((DaemonSet) workload).getSpec() != null;
        };
    }
}
