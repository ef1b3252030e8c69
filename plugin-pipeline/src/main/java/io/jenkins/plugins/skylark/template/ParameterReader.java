package io.jenkins.plugins.skylark.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads the {@code parameters} of a descriptor and the shown-when / when rules that refer to them. */
final class ParameterReader {

    static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private static final Set<String> FIELDS = Set.of("name", "type", "required", "default", "pattern", "widget",
            "choices", "shownWhen", "advanced", "label", "help");

    private ParameterReader() {
    }

    /** The parameters in declaration order; a shown-when rule may refer only to earlier ones. */
    static Map<String, TemplateParameter> read(DescriptorNode descriptor) {
        Map<String, TemplateParameter> parameters = new LinkedHashMap<>();
        for (DescriptorNode node : descriptor.find("parameters").map(DescriptorNode::items).orElse(List.of())) {
            TemplateParameter parameter = parameter(node.allowOnly(FIELDS), parameters);
            if (parameters.putIfAbsent(parameter.name(), parameter) != null) {
                throw node.get("name").error("parameter.duplicate", parameter.name());
            }
        }
        return parameters;
    }

    private static TemplateParameter parameter(DescriptorNode node, Map<String, TemplateParameter> earlier) {
        String name = matching(node.get("name"), NAME);
        ParameterType type = constant(node.get("type"), ParameterType.class);
        List<String> choices = node.texts("choices");
        if (type == ParameterType.CHOICE && choices.isEmpty()) {
            throw node.error("parameter.choicesMissing");
        }
        TemplateParameter withoutDefault = new TemplateParameter(name, type, node.bool("required", false), null,
                node.find("pattern").map(ParameterReader::pattern).orElse(null),
                node.find("widget").map(w -> constant(w, Widget.class)).orElse(null), choices,
                node.find("shownWhen").map(c -> condition(c, earlier)).orElse(null), node.bool("advanced", false),
                DescriptorReader.localized(node.get("label")),
                node.find("help").map(DescriptorReader::localized).orElse(null));
        return node.find("default").map(d -> withDefault(withoutDefault, d)).orElse(withoutDefault);
    }

    private static TemplateParameter withDefault(TemplateParameter p, DescriptorNode node) {
        List<FieldError> errors = new ArrayList<>();
        Object value = ValueRules.check(p, node.value(), errors::add);
        if (value == null) {
            throw node.error("parameter.badDefault", errors.get(0).message(Locale.ROOT));
        }
        return new TemplateParameter(p.name(), p.type(), p.required(), value, p.pattern(), p.widget(), p.choices(),
                p.shownWhen(), p.advanced(), p.label(), p.help());
    }

    /**
     * A rule: a mapping from parameter name to one value or a list of values it must hold. Values are
     * checked against the parameter: a boolean takes true/false, a choice one of its choices.
     */
    static Condition condition(DescriptorNode node, Map<String, TemplateParameter> known) {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        node.entries().forEach((name, valueNode) -> {
            TemplateParameter parameter = known.get(name);
            if (parameter == null || parameter.type() == ParameterType.LIST) {
                throw valueNode.error("condition.unknownParameter", name);
            }
            Object raw = valueNode.value();
            List<?> values = raw instanceof List<?> list ? list : List.of(raw);
            expected.put(name, values.stream().map(v -> conditionValue(parameter, v, valueNode)).toList());
        });
        return new Condition(expected);
    }

    private static String conditionValue(TemplateParameter parameter, Object raw, DescriptorNode node) {
        List<FieldError> errors = new ArrayList<>();
        Object value = ValueRules.check(parameter, raw, errors::add);
        if (value == null) {
            throw node.error("condition.badValue", errors.get(0).message(Locale.ROOT));
        }
        return String.valueOf(value);
    }

    static String matching(DescriptorNode node, Pattern pattern) {
        String text = node.text();
        if (!pattern.matcher(text).matches()) {
            throw node.error("descriptor.badName", text, pattern.pattern());
        }
        return text;
    }

    private static Pattern pattern(DescriptorNode node) {
        try {
            return Pattern.compile(node.text());
        } catch (PatternSyntaxException e) {
            throw node.error("parameter.badPattern", e.getDescription());
        }
    }

    private static <E extends Enum<E>> E constant(DescriptorNode node, Class<E> type) {
        String text = node.text();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        throw node.error("descriptor.badConstant", text,
                String.join(", ", Arrays.stream(type.getEnumConstants())
                        .map(c -> c.name().toLowerCase(Locale.ROOT)).toList()));
    }
}
