package io.jenkins.plugins.skylark.deploy.manifest;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import io.jenkins.plugins.skylark.deploy.workload.SkylarkLabels;
import io.jenkins.plugins.skylark.deploy.workload.WorkloadKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stamps the deploy's facts onto the objects: namespace, the application's image, labels and
 * annotations. Build URL goes on the objects only, never into pod templates, so re-running a build
 * with the same image and commit creates no new revision.
 */
public final class ManifestStamp {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(ManifestStamp.class);

    private final String namespace;
    private final String application;
    private final ImageReference image;
    private final Set<String> containers;
    private final String version;
    private final String commit;
    private final String buildUrl;

    /**
     * @param image the image to set, or {@code null} to keep the manifests' images
     * @param containers container names to set it on; empty means containers whose image has the same repository
     */
    public ManifestStamp(String namespace, String application, ImageReference image, Set<String> containers,
            String version, String commit, String buildUrl) {
        this.namespace = namespace;
        this.application = application;
        this.image = image;
        this.containers = containers == null ? Set.of() : Set.copyOf(containers);
        this.version = version;
        this.commit = commit;
        this.buildUrl = buildUrl;
    }

    /** Stamps every object; answers the problems (an image that matched no container). */
    public List<String> apply(List<LoadedObject> objects) {
        int matched = 0;
        for (LoadedObject loaded : objects) {
            HasMetadata object = loaded.object();
            if (object.getMetadata().getNamespace() == null && isNamespaced(object)) {
                object.getMetadata().setNamespace(namespace);
            }
            mark(object.getMetadata(), true);
            Optional<PodTemplateSpec> template = WorkloadKind.of(object).map(kind -> kind.template(object));
            if (template.isPresent()) {
                matched += stampTemplate(template.get());
            }
        }
        List<String> problems = new ArrayList<>();
        if (image != null && matched == 0) {
            problems.add(TEXT.format("image.noContainer", image, containers.isEmpty() ? image.repository()
                    : String.join(", ", containers)));
        }
        return problems;
    }

    /** Typed cluster-scoped kinds lack the marker; custom kinds got past validation only if namespaced or allowed. */
    private static boolean isNamespaced(HasMetadata object) {
        return object instanceof Namespaced || object instanceof GenericKubernetesResource;
    }

    private int stampTemplate(PodTemplateSpec template) {
        if (template.getMetadata() == null) {
            template.setMetadata(new ObjectMeta());
        }
        mark(template.getMetadata(), false);
        if (image == null || template.getSpec() == null) {
            return 0;
        }
        int matched = 0;
        for (Container container : template.getSpec().getContainers()) {
            if (matches(container)) {
                container.setImage(image.toString());
                matched++;
            }
        }
        return matched;
    }

    private boolean matches(Container container) {
        return containers.isEmpty() ? image.repository().equals(ImageReference.repositoryOf(container.getImage()))
                : containers.contains(container.getName());
    }

    private void mark(ObjectMeta metadata, boolean withBuild) {
        Map<String, String> labels = new LinkedHashMap<>(orEmpty(metadata.getLabels()));
        Map<String, String> annotations = new LinkedHashMap<>(orEmpty(metadata.getAnnotations()));
        labels.put(SkylarkLabels.APPLICATION, application);
        putLabelAndAnnotation(labels, annotations, SkylarkLabels.VERSION, version);
        putLabelAndAnnotation(labels, annotations, SkylarkLabels.COMMIT, commit);
        if (withBuild && buildUrl != null && !buildUrl.isBlank()) {
            annotations.put(SkylarkLabels.BUILD_URL, buildUrl);
        }
        metadata.setLabels(labels);
        metadata.setAnnotations(annotations.isEmpty() ? null : annotations);
    }

    private static void putLabelAndAnnotation(Map<String, String> labels, Map<String, String> annotations,
            String key, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        annotations.put(key, value);
        if (SkylarkLabels.isLabelValue(value)) {
            labels.put(key, value);
        }
    }

    private static Map<String, String> orEmpty(Map<String, String> map) {
        return map == null ? Map.of() : map;
    }
}
