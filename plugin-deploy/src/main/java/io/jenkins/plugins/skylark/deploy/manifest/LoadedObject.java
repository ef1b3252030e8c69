package io.jenkins.plugins.skylark.deploy.manifest;

import io.fabric8.kubernetes.api.model.HasMetadata;

/** A parsed Kubernetes object and where it was written ({@code source}, 1-based {@code line}). */
public record LoadedObject(HasMetadata object, String source, int line) {

    public String location() {
        return source + ":" + line;
    }

    /** {@code Kind/name}, as users and kubectl name objects. */
    public String displayName() {
        return object.getKind() + "/" + object.getMetadata().getName();
    }
}
