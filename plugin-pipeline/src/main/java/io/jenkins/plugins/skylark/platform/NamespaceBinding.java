package io.jenkins.plugins.skylark.platform;

/** A namespace on a cluster, owned by one project. */
public record NamespaceBinding(String clusterId, String namespace) {

    @Override
    public String toString() {
        return clusterId + "/" + namespace;
    }
}
