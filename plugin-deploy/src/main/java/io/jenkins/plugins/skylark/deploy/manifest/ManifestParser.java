package io.jenkins.plugins.skylark.deploy.manifest;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Multi-document YAML (or JSON) to fabric8 objects. SnakeYAML composes nodes, which keep their line
 * numbers; the model class follows from {@code apiVersion} and {@code kind} ({@link ModelClasses}, else fabric8's
 * serialization picks it).
 * Every problem in every document is collected before failing, each with file and line.
 */
public final class ManifestParser {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(ManifestParser.class);

    private static final KubernetesSerialization SERIALIZATION = ModelSerialization.shared();

    public List<LoadedObject> parse(List<ManifestSource> sources) {
        List<LoadedObject> objects = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (ManifestSource source : sources) {
            parse(source, objects, problems);
        }
        InvalidManifestException.throwIfAny(problems);
        return objects;
    }

    private void parse(ManifestSource source, List<LoadedObject> objects, List<String> problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        NodeConstructor constructor = new NodeConstructor(options);
        try {
            for (Node document : new Yaml(constructor).composeAll(new StringReader(source.content()))) {
                if (!isEmpty(document)) {
                    addDocument(source, document, constructor, objects, problems);
                }
            }
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            problems.add(TEXT.format("yaml.malformed", source.name(), line, e.getProblem()));
        }
    }

    private void addDocument(ManifestSource source, Node document, NodeConstructor constructor,
            List<LoadedObject> objects, List<String> problems) {
        if (document instanceof MappingNode mapping && isList(mapping)) {
            Node items = child(mapping, "items");
            if (items instanceof SequenceNode sequence) {
                sequence.getValue().forEach(item -> addDocument(source, item, constructor, objects, problems));
                return;
            }
        }
        int line = lineOf(document);
        Object value = constructor.construct(document);
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(TEXT.format("object.notMapping", source.name(), line));
            return;
        }
        String missing = missingField(map);
        if (missing != null) {
            problems.add(TEXT.format("object.missingField", source.name(), line, missing));
            return;
        }
        try {
            KubernetesResource resource = SERIALIZATION.convertValue(map, modelClass(map));
            if (resource instanceof HasMetadata object) {
                objects.add(new LoadedObject(object, source.name(), line));
            } else {
                problems.add(TEXT.format("object.notMapping", source.name(), line));
            }
        } catch (IllegalArgumentException e) {
            problems.add(TEXT.format("object.invalid", source.name(), lineOf(document, e), firstLine(e)));
        }
    }

    /** The model class by name where that is certain; else fabric8's lookup by kind (GenericKubernetesResource if none). */
    private static Class<? extends KubernetesResource> modelClass(Map<?, ?> map) {
        return ModelClasses.of((String) map.get("apiVersion"), (String) map.get("kind"))
                .<Class<? extends KubernetesResource>>map(type -> type).orElse(KubernetesResource.class);
    }

    /** A trailing {@code ---} or a comment-only document. */
    private static boolean isEmpty(Node document) {
        return document == null || document instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }

    /** {@code kind: List} (and typed lists such as {@code DeploymentList}) carry their objects in items. */
    private static boolean isList(MappingNode mapping) {
        return child(mapping, "kind") instanceof ScalarNode kind && kind.getValue().endsWith("List")
                && child(mapping, "items") instanceof SequenceNode;
    }

    private static String missingField(Map<?, ?> map) {
        if (!(map.get("apiVersion") instanceof String apiVersion) || apiVersion.isBlank()) {
            return "apiVersion";
        }
        if (!(map.get("kind") instanceof String kind) || kind.isBlank()) {
            return "kind";
        }
        if (!(map.get("metadata") instanceof Map<?, ?> metadata) || !(metadata.get("name") instanceof String name)
                || name.isBlank()) {
            return "metadata.name";
        }
        return null;
    }

    /** The line of the field Jackson complained about, found by walking its path through the nodes. */
    private static int lineOf(Node document, IllegalArgumentException e) {
        if (!(e.getCause() instanceof JsonMappingException mapping)) {
            return lineOf(document);
        }
        Node node = document;
        for (JsonMappingException.Reference step : mapping.getPath()) {
            Node next = step.getFieldName() != null ? childOf(node, step.getFieldName()) : element(node, step.getIndex());
            if (next == null) {
                break;
            }
            node = next;
        }
        return lineOf(node);
    }

    private static Node childOf(Node node, String key) {
        return node instanceof MappingNode mapping ? child(mapping, key) : null;
    }

    private static Node child(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode scalar && key.equals(scalar.getValue())) {
                return tuple.getValueNode();
            }
        }
        return null;
    }

    private static Node element(Node node, int index) {
        if (node instanceof SequenceNode sequence && index >= 0 && index < sequence.getValue().size()) {
            return sequence.getValue().get(index);
        }
        return null;
    }

    private static int lineOf(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }

    private static String firstLine(Exception e) {
        String message = e.getCause() instanceof JsonMappingException m ? m.getOriginalMessage() : e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }

    /** Exposes SnakeYAML's own node-to-value construction (anchors, merge keys, YAML types). */
    private static final class NodeConstructor extends SafeConstructor {
        NodeConstructor(LoaderOptions options) {
            super(options);
            // Kubernetes fields are strings; keep dates as written instead of turning them into Date.
            yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
        }

        Object construct(Node node) {
            return constructDocument(node);
        }
    }
}
