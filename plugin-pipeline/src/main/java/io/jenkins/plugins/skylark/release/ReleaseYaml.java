package io.jenkins.plugins.skylark.release;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Turns a release file into the plain values the Jenkinsfile form uses (Map, List, String, Number, Boolean),
 * telling the report the line of every field path, so the one parser of those values names lines in errors.
 * SnakeYAML's node tree and {@link SafeConstructor} only: no tag can instantiate an arbitrary type.
 */
final class ReleaseYaml {

    private final PlanReport report;
    private final Scalars scalars = new Scalars();

    private ReleaseYaml(PlanReport report) {
        this.report = report;
    }

    /** The file's value, or empty after reporting invalid YAML or an empty file. */
    static Optional<Object> read(String text, PlanReport report) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            report.line("", line(e.getProblemMark()));
            report.add("", "plan.yaml", e.getProblem());
            return Optional.empty();
        } catch (YAMLException e) {
            report.add("", "plan.yaml", e.getMessage());
            return Optional.empty();
        }
        if (root == null) {
            report.add("", "plan.emptyFile");
            return Optional.empty();
        }
        return Optional.of(new ReleaseYaml(report).value(root, ""));
    }

    private Object value(Node node, String path) {
        report.line(path, line(node.getStartMark()));
        if (node instanceof MappingNode mapping) {
            return mapping(mapping, path);
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(value(item, path + "[" + items.size() + "]"));
            }
            return items;
        }
        try {
            return scalars.construct(node);
        } catch (YAMLException e) {
            report.add(path, "plan.yaml", e.getMessage());
            return null;
        }
    }

    private Map<String, Object> mapping(MappingNode mapping, String path) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String key = keyNode instanceof ScalarNode scalar ? scalar.getValue() : "?";
            String child = path.isEmpty() ? key : path + "." + key;
            Object value = value(tuple.getValueNode(), child);
            // The key's line: a nested mapping's values start on the next line.
            report.line(child, line(keyNode.getStartMark()));
            if (!(keyNode instanceof ScalarNode)) {
                report.add(child, "plan.complexKey");
            } else if (fields.containsKey(key)) {
                report.add(child, "plan.duplicateField");
            } else {
                fields.put(key, value);
            }
        }
        return fields;
    }

    private static int line(Mark mark) {
        return mark == null ? 0 : mark.getLine() + 1;
    }

    /** Exposes SafeConstructor's construction of one scalar (int, float, bool, null, string). */
    private static final class Scalars extends SafeConstructor {
        Scalars() {
            super(new LoaderOptions());
        }

        Object construct(Node node) {
            return constructObject(node);
        }
    }
}
