package io.jenkins.plugins.skylark.template;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a template folder ({@code template.yaml} and the fragments it names) into a checked
 * {@link TemplateDescriptor}. Every reference is resolved here, so a descriptor that loads renders:
 * fragments exist and parse, placeholders and rules name declared parameters.
 */
public final class DescriptorReader {

    /** The descriptor's file name inside a template folder. */
    public static final String DESCRIPTOR = "template.yaml";

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");
    private static final Pattern FRAGMENT_PATH = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\\.groovy");
    private static final Pattern ICON_PATH = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\\.(svg|png)");

    private static final Set<String> FIELDS = Set.of("id", "version", "category", "name", "description", "icon",
            "parameters", "stages", "agent", "options", "post", "examples");
    private static final Set<String> STAGE_FIELDS = Set.of("id", "name", "when", "tasks");
    private static final Set<String> TASK_FIELDS = Set.of("id", "name", "fragment", "arguments", "when",
            "plugins", "exports");

    private final TemplateSource source;
    private final DescriptorNode root;
    private Map<String, TemplateParameter> parameters;

    private DescriptorReader(TemplateSource source, DescriptorNode root) {
        this.source = source;
        this.root = root;
    }

    /** Reads and checks a template folder. */
    public static TemplateDescriptor read(TemplateSource source) {
        String text = source.read(DESCRIPTOR).orElseThrow(() -> new TemplateDefinitionException(
                source.describe(DESCRIPTOR), "", 0, "descriptor.missing"));
        return new DescriptorReader(source, DescriptorNode.parse(source.describe(DESCRIPTOR), text)).descriptor();
    }

    private TemplateDescriptor descriptor() {
        root.allowOnly(FIELDS);
        String id = ParameterReader.matching(root.get("id"), ID);
        if (!id.equals(source.id())) {
            throw root.get("id").error("descriptor.idNotFolder", id, source.id());
        }
        parameters = ParameterReader.read(root);
        return new TemplateDescriptor(id, ParameterReader.matching(root.get("version"), VERSION),
                ParameterReader.matching(root.get("category"), ID), localized(root.get("name")),
                localized(root.get("description")), root.find("icon").map(this::icon).orElse(null),
                List.copyOf(parameters.values()), stages(), section("agent"), section("options"), section("post"),
                examples());
    }

    private List<TemplateStage> stages() {
        List<DescriptorNode> nodes = root.get("stages").items();
        if (nodes.isEmpty()) {
            throw root.get("stages").error("descriptor.empty");
        }
        Set<String> ids = new HashSet<>();
        return nodes.stream().map(node -> {
            node.allowOnly(STAGE_FIELDS);
            String id = unique(node.get("id"), ids);
            LocalizedText name = localized(node.get("name"));
            placeholdersKnown(node.get("name"), name.en() + name.zh());
            List<DescriptorNode> taskNodes = node.get("tasks").items();
            if (taskNodes.isEmpty()) {
                throw node.get("tasks").error("descriptor.empty");
            }
            Set<String> taskIds = new HashSet<>();
            return new TemplateStage(id, name, when(node),
                    taskNodes.stream().map(t -> task(t.allowOnly(TASK_FIELDS), taskIds)).toList());
        }).toList();
    }

    private TemplateTask task(DescriptorNode node, Set<String> ids) {
        String id = unique(node.get("id"), ids);
        Map<String, String> arguments = new LinkedHashMap<>();
        node.find("arguments").ifPresent(a -> a.entries().forEach((placeholder, parameter) ->
                arguments.put(placeholder, known(parameter, parameter.text()))));
        Fragment fragment = fragment(node.get("fragment"));
        fragment.placeholders().forEach(p -> known(node.get("fragment"), arguments.getOrDefault(p, p)));
        return new TemplateTask(id, node.find("name").map(DescriptorReader::localized).orElse(null), fragment,
                arguments, when(node), node.texts("plugins"), node.texts("exports"));
    }

    private Fragment section(String field) {
        return root.find(field).map(node -> {
            Fragment fragment = fragment(node);
            fragment.placeholders().forEach(p -> known(node, p));
            return fragment;
        }).orElse(null);
    }

    private Fragment fragment(DescriptorNode node) {
        String path = node.text();
        if (!FRAGMENT_PATH.matcher(path).matches()) {
            throw node.error("file.badPath", path, FRAGMENT_PATH.pattern());
        }
        Fragment fragment = new Fragment(path, source.read(path)
                .orElseThrow(() -> node.error("file.missing", source.describe(path))));
        FragmentCheck.check(fragment, node);
        return fragment;
    }

    /** The icon's path in the folder; it must exist, since editors show it. */
    private String icon(DescriptorNode node) {
        String path = node.text();
        if (!ICON_PATH.matcher(path).matches()) {
            throw node.error("file.badPath", path, ICON_PATH.pattern());
        }
        source.read(path).orElseThrow(() -> node.error("file.missing", source.describe(path)));
        return path;
    }

    private List<TemplateExample> examples() {
        return root.find("examples").map(DescriptorNode::items).orElse(List.of()).stream().map(node -> {
            node.allowOnly(Set.of("name", "values"));
            Map<String, Object> values = new LinkedHashMap<>();
            node.find("values").ifPresent(v -> v.entries().forEach((k, n) -> values.put(k, n.value())));
            return new TemplateExample(ParameterReader.matching(node.get("name"), ID), values);
        }).toList();
    }

    private Condition when(DescriptorNode node) {
        return node.find("when").map(w -> ParameterReader.condition(w, parameters)).orElse(null);
    }

    private void placeholdersKnown(DescriptorNode node, String text) {
        Placeholders.names(text).forEach(p -> known(node, p));
    }

    private String known(DescriptorNode node, String parameter) {
        if (!parameters.containsKey(parameter)) {
            throw node.error("fragment.unknownParameter", parameter);
        }
        return parameter;
    }

    private static String unique(DescriptorNode node, Set<String> ids) {
        String id = ParameterReader.matching(node, ID);
        if (!ids.add(id)) {
            throw node.error("descriptor.duplicateId", id);
        }
        return id;
    }

    /** {@code {en: …, zh: …}}: both languages are required, users read either. */
    static LocalizedText localized(DescriptorNode node) {
        node.allowOnly(Set.of("en", "zh"));
        return new LocalizedText(node.text("en"), node.text("zh"));
    }
}
