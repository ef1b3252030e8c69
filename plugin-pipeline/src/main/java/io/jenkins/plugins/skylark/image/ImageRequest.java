package io.jenkins.plugins.skylark.image;

import static io.jenkins.plugins.skylark.text.Blank.blankToNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything one image build needs, as plain serialisable values so it can travel to an agent.
 * Built with {@link #builder()}; checked by {@link ImageEngine} before anything is read or sent.
 * With no {@code registry} the image is written as an OCI archive to {@code archive} in the workspace.
 */
public final class ImageRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The empty base image. */
    public static final String SCRATCH = "scratch";
    /** Workspace-relative archive path used when no registry is given and no archive path either. */
    public static final String DEFAULT_ARCHIVE = "image-oci.tar";

    private final String workspace;
    private final String baseImage;
    private final List<LayerSpec> layers;
    private final List<String> entrypoint;
    private final SortedMap<String, String> environment;
    private final List<String> ports;
    private final SortedMap<String, String> labels;
    private final String workingDirectory;
    private final String registry;
    private final String repository;
    private final List<String> tags;
    private final boolean insecure;
    private final RegistryCredentials credentials;
    private final String archive;
    private final String cacheDirectory;

    private ImageRequest(Builder builder) {
        workspace = builder.workspace;
        baseImage = blankToNull(builder.baseImage) == null ? SCRATCH : builder.baseImage.trim();
        layers = List.copyOf(builder.layers);
        entrypoint = List.copyOf(builder.entrypoint);
        environment = Collections.unmodifiableSortedMap(new TreeMap<>(builder.environment));
        ports = List.copyOf(builder.ports);
        labels = Collections.unmodifiableSortedMap(new TreeMap<>(builder.labels));
        workingDirectory = blankToNull(builder.workingDirectory);
        registry = blankToNull(builder.registry);
        repository = builder.repository;
        tags = List.copyOf(builder.tags);
        insecure = builder.insecure;
        credentials = builder.credentials;
        archive = blankToNull(builder.archive) == null ? DEFAULT_ARCHIVE : builder.archive;
        cacheDirectory = blankToNull(builder.cacheDirectory);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this request's values (the same credentials object, not a copy), so a request
     * prepared on the controller can be completed where the workspace is, e.g. with layers found there.
     */
    public Builder toBuilder() {
        return new Builder()
                .workspace(workspace).baseImage(baseImage).layers(layers).entrypoint(entrypoint)
                .environment(environment).ports(ports).labels(labels).workingDirectory(workingDirectory)
                .registry(registry).repository(repository).tags(tags).insecure(insecure)
                .credentials(credentials).archive(archive).cacheDirectory(cacheDirectory);
    }

    public String workspace() {
        return workspace;
    }

    public String baseImage() {
        return baseImage;
    }

    public List<LayerSpec> layers() {
        return layers;
    }

    public List<String> entrypoint() {
        return entrypoint;
    }

    public Map<String, String> environment() {
        return environment;
    }

    public List<String> ports() {
        return ports;
    }

    public Map<String, String> labels() {
        return labels;
    }

    public String workingDirectory() {
        return workingDirectory;
    }

    /** Registry host and optional port, e.g. {@code registry.example.com:5000}; {@code null} means archive. */
    public String registry() {
        return registry;
    }

    public String repository() {
        return repository;
    }

    public List<String> tags() {
        return tags;
    }

    /** Allow plain HTTP and unverified TLS (credentials still go over TLS only). */
    public boolean insecure() {
        return insecure;
    }

    public RegistryCredentials credentials() {
        return credentials;
    }

    public String archive() {
        return archive;
    }

    /** Where base image layers are cached between builds; {@code null} for Jib's default. */
    public String cacheDirectory() {
        return cacheDirectory;
    }

    @Override
    public String toString() {
        return "ImageRequest[" + (registry == null ? "archive " + archive : registry) + "/" + repository
                + " tags=" + tags + " base=" + baseImage + " layers=" + layers + " credentials=" + credentials + "]";
    }


    /** Collects the request's values; nothing is checked until {@link ImageEngine#build}. */
    public static final class Builder {
        private String workspace;
        private String baseImage;
        private final List<LayerSpec> layers = new ArrayList<>();
        private List<String> entrypoint = List.of();
        private Map<String, String> environment = Map.of();
        private List<String> ports = List.of();
        private Map<String, String> labels = Map.of();
        private String workingDirectory;
        private String registry;
        private String repository;
        private List<String> tags = List.of();
        private boolean insecure;
        private RegistryCredentials credentials;
        private String archive;
        private String cacheDirectory;

        private Builder() {
        }

        public Builder workspace(String value) {
            workspace = value;
            return this;
        }

        /** {@code scratch} (the default) or an image reference such as {@code registry:5000/base:1}. */
        public Builder baseImage(String value) {
            baseImage = value;
            return this;
        }

        public Builder layer(LayerSpec value) {
            layers.add(value);
            return this;
        }

        public Builder layers(List<LayerSpec> values) {
            layers.addAll(values);
            return this;
        }

        public Builder entrypoint(List<String> value) {
            entrypoint = value == null ? List.of() : value;
            return this;
        }

        public Builder environment(Map<String, String> value) {
            environment = value == null ? Map.of() : value;
            return this;
        }

        /** Exposed ports such as {@code 8080}, {@code 8080/tcp}, {@code 53/udp}. */
        public Builder ports(List<String> value) {
            ports = value == null ? List.of() : value;
            return this;
        }

        public Builder labels(Map<String, String> value) {
            labels = value == null ? Map.of() : value;
            return this;
        }

        public Builder workingDirectory(String value) {
            workingDirectory = value;
            return this;
        }

        /** {@code host[:port]}; an {@code http://} or {@code https://} prefix is accepted and dropped. */
        public Builder registry(String value) {
            registry = value;
            return this;
        }

        public Builder repository(String value) {
            repository = value;
            return this;
        }

        public Builder tags(List<String> value) {
            tags = value == null ? List.of() : value;
            return this;
        }

        public Builder insecure(boolean value) {
            insecure = value;
            return this;
        }

        public Builder credentials(RegistryCredentials value) {
            credentials = value;
            return this;
        }

        public Builder archive(String value) {
            archive = value;
            return this;
        }

        public Builder cacheDirectory(String value) {
            cacheDirectory = value;
            return this;
        }

        public ImageRequest build() {
            return new ImageRequest(this);
        }
    }
}
