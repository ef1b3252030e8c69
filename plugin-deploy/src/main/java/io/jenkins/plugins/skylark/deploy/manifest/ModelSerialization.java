package io.jenkins.plugins.skylark.deploy.manifest;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * The one fabric8 serialization the engine uses, for parsing manifests and inside every client. Building one
 * scans every model class, and its Jackson mapper builds a (de)serializer per model class on first use —
 * hundreds for a Deployment. A client built with its own would redo that on every deploy. The mapper is
 * thread-safe, so one instance serves all clients and threads.
 */
public final class ModelSerialization {
    private static final KubernetesSerialization SHARED = new KubernetesSerialization();

    private ModelSerialization() {
    }

    public static KubernetesSerialization shared() {
        return SHARED;
    }
}
