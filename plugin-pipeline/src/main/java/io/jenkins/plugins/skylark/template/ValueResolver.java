package io.jenkins.plugins.skylark.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates form values against a template: unknown fields, required fields, types, choices and
 * patterns; applies defaults; drops the parameters hidden by their shown-when rule (which refers
 * only to parameters declared before it, so one pass in order decides visibility). Reports every
 * error at once.
 */
final class ValueResolver {

    private ValueResolver() {
    }

    static ResolvedValues resolve(TemplateDescriptor template, Map<String, ?> raw) {
        List<FieldError> errors = new ArrayList<>();
        raw.keySet().stream().filter(name -> template.parameter(name).isEmpty())
                .forEach(name -> errors.add(FieldError.of(name, "value.unknown", template.id())));
        Map<String, Object> values = new LinkedHashMap<>();
        for (TemplateParameter parameter : template.parameters()) {
            if (parameter.shownWhen().holds(values)) {
                resolveOne(parameter, raw.get(parameter.name()), values, errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidValuesException(template.id(), errors);
        }
        return new ResolvedValues(values);
    }

    private static void resolveOne(TemplateParameter parameter, Object raw, Map<String, Object> values,
            List<FieldError> errors) {
        if (ValueRules.isEmpty(raw)) {
            if (parameter.required() && ValueRules.isEmpty(parameter.defaultValue())) {
                errors.add(FieldError.of(parameter.name(), "value.required"));
            } else {
                values.put(parameter.name(), parameter.valueWhenAbsent());
            }
            return;
        }
        Object value = ValueRules.check(parameter, raw, errors::add);
        if (value != null) {
            values.put(parameter.name(), value);
        }
    }
}
