package io.jenkins.plugins.skylark.template;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A node of a YAML descriptor that knows its file, field path and line, so every error about the
 * descriptor names all three. Reads through SnakeYAML's node tree and {@link SafeConstructor} only:
 * no tag can instantiate an arbitrary type.
 */
final class DescriptorNode {

    private final String file;
    private final String path;
    private final Node node;

    private DescriptorNode(String file, String path, Node node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    static DescriptorNode parse(String file, String text) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new TemplateDefinitionException(file, "", line, "descriptor.yaml", e.getProblem());
        }
        if (!(root instanceof MappingNode)) {
            throw new TemplateDefinitionException(file, "", 1, "descriptor.notMapping");
        }
        return new DescriptorNode(file, "", root);
    }

    String file() {
        return file;
    }

    String path() {
        return path;
    }

    int line() {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    TemplateDefinitionException error(String key, Object... args) {
        return new TemplateDefinitionException(file, path, line(), key, args);
    }

    /** The fields of a mapping, in file order; rejects non-mappings and duplicate keys. */
    Map<String, DescriptorNode> entries() {
        if (!(node instanceof MappingNode mapping)) {
            throw error("descriptor.expectedMapping");
        }
        Map<String, DescriptorNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = new DescriptorNode(file, path, tuple.getKeyNode()).text();
            DescriptorNode child = new DescriptorNode(file, path.isEmpty() ? key : path + "." + key,
                    tuple.getValueNode());
            if (entries.putIfAbsent(key, child) != null) {
                throw child.error("descriptor.duplicateField");
            }
        }
        return entries;
    }

    /** Rejects fields other than {@code allowed}, so a misspelt field is an error, not ignored. */
    DescriptorNode allowOnly(Set<String> allowed) {
        entries().forEach((key, child) -> {
            if (!allowed.contains(key)) {
                throw child.error("descriptor.unknownField", String.join(", ", allowed.stream().sorted().toList()));
            }
        });
        return this;
    }

    Optional<DescriptorNode> find(String key) {
        return Optional.ofNullable(entries().get(key));
    }

    DescriptorNode get(String key) {
        return find(key).orElseThrow(() -> new TemplateDefinitionException(file,
                path.isEmpty() ? key : path + "." + key, line(), "descriptor.missingField"));
    }

    List<DescriptorNode> items() {
        if (!(node instanceof SequenceNode sequence)) {
            throw error("descriptor.expectedList");
        }
        List<Node> nodes = sequence.getValue();
        return IntStream.range(0, nodes.size())
                .mapToObj(i -> new DescriptorNode(file, path + "[" + i + "]", nodes.get(i))).toList();
    }

    /** A non-blank scalar, as written. */
    String text() {
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            throw error("descriptor.expectedText");
        }
        return scalar.getValue();
    }

    String text(String key) {
        return get(key).text();
    }

    String text(String key, String absent) {
        return find(key).map(DescriptorNode::text).orElse(absent);
    }

    boolean bool(String key, boolean absent) {
        Optional<DescriptorNode> field = find(key);
        if (field.isEmpty()) {
            return absent;
        }
        if (field.get().value() instanceof Boolean flag) {
            return flag;
        }
        throw field.get().error("descriptor.expectedBoolean");
    }

    List<String> texts(String key) {
        return find(key).map(n -> n.items().stream().map(DescriptorNode::text).toList()).orElse(List.of());
    }

    /** The node as plain Java data: String, Boolean, Integer/Long, List, Map (safe types only). */
    Object value() {
        return new PlainValues().construct(node);
    }

    /** Exposes SafeConstructor's construction of one node. */
    private static final class PlainValues extends SafeConstructor {
        PlainValues() {
            super(new LoaderOptions());
        }

        Object construct(Node node) {
            return constructObject(node);
        }
    }
}
