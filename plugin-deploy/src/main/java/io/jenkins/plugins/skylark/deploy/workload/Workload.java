package io.jenkins.plugins.skylark.deploy.workload;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.Serializable;
import java.util.Optional;

/** A workload by kind and name, inside the namespace the operation works in. */
public record Workload(WorkloadKind kind, String name) implements Serializable {

    public static Optional<Workload> of(HasMetadata object) {
        return WorkloadKind.of(object).map(kind -> new Workload(kind, object.getMetadata().getName()));
    }

    @Override
    public String toString() {
        return kind.resourceName() + "/" + name;
    }
}
