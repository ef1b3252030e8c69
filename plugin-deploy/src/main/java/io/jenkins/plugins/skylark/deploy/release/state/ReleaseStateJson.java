package io.jenkins.plugins.skylark.deploy.release.state;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import io.jenkins.plugins.skylark.release.ReleaseStep;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@link ReleaseState} as JSON: one field per record component, Instants as ISO-8601 strings, and release steps
 * with their kind as the key ({@code {"weight":10}}, {@code {"pause":"PT5M"}}, {@code {"pause":"approval"}},
 * {@code {"analysis":"success-rate"}}, {@code {"match":{"header":"x-canary","value":"true"}}}).
 * {@code formatVersion} says which layout wrote it. Unknown fields are ignored and missing ones read as
 * empty, so a state written by a newer or older plugin still reads.
 */
public final class ReleaseStateJson {
    /** The layout this class writes; bump it (and keep reading the older ones) when a field changes meaning. */
    public static final int FORMAT_VERSION = 1;
    static final String FORMAT_FIELD = "formatVersion";
    private static final String APPROVAL = "approval";
    private static final LocalizedBundle TEXT = LocalizedBundle.of(ReleaseStateJson.class);
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();
    private static final RecordComponent[] COMPONENTS = ReleaseState.class.getRecordComponents();

    private ReleaseStateJson() {
    }

    /** The JSON of {@code state}. */
    public static String write(ReleaseState state) {
        ObjectNode root = MAPPER.createObjectNode().put(FORMAT_FIELD, FORMAT_VERSION);
        for (RecordComponent component : COMPONENTS) {
            Object value = invoke(component, state);
            if ("steps".equals(component.getName())) {
                ArrayNode steps = root.putArray("steps");
                state.steps().forEach(step -> steps.add(writeStep(step)));
            } else if (value != null) {
                root.set(component.getName(), MAPPER.valueToTree(value));
            }
        }
        return root.toString();
    }

    /**
     * Reads a state written by {@link #write}.
     *
     * @param source where the JSON comes from, named in errors (e.g. {@code ConfigMap shop/skylark-release-orders})
     * @throws ReleaseStateException naming {@code source} and the field when the JSON is not a release state
     */
    public static ReleaseState read(String json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            throw new ReleaseStateException(TEXT.format("json.broken", source, e.getOriginalMessage()), e);
        }
        if (root == null || !root.isObject() || !root.path(FORMAT_FIELD).canConvertToInt()) {
            throw new ReleaseStateException(TEXT.format("json.notState", source, FORMAT_FIELD));
        }
        Object[] values = new Object[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            values[i] = readComponent(COMPONENTS[i], root.path(COMPONENTS[i].getName()), source);
        }
        return construct(values, source);
    }

    private static Object readComponent(RecordComponent component, JsonNode node, String source) {
        if (node.isMissingNode() || node.isNull()) {
            Class<?> type = component.getType();
            // primitives read as their zero, lists as empty, the rest as null
            return type.isPrimitive() ? Array.get(Array.newInstance(type, 1), 0)
                    : List.class.equals(type) ? List.of() : null;
        }
        if ("steps".equals(component.getName())) {
            return readSteps(node, source);
        }
        try {
            return MAPPER.convertValue(node, MAPPER.constructType(component.getGenericType()));
        } catch (IllegalArgumentException e) {
            throw new ReleaseStateException(TEXT.format("json.field", source, component.getName(),
                    e.getMessage()), e);
        }
    }

    private static ObjectNode writeStep(ReleaseStep step) {
        ObjectNode node = MAPPER.createObjectNode();
        if (step instanceof ReleaseStep.Weight w) {
            node.put("weight", w.percent());
        } else if (step instanceof ReleaseStep.Pause p) {
            node.put("pause", p.forApproval() ? APPROVAL : p.duration().toString());
        } else if (step instanceof ReleaseStep.Analysis a) {
            node.put("analysis", a.name());
        } else {
            node.set("match", MAPPER.valueToTree(step));
        }
        return node;
    }

    private static List<ReleaseStep> readSteps(JsonNode node, String source) {
        if (!node.isArray()) {
            throw new ReleaseStateException(TEXT.format("json.field", source, "steps", "not a list"));
        }
        List<ReleaseStep> steps = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            steps.add(readStep(node.get(i), "steps[" + i + "]", source));
        }
        return steps;
    }

    private static ReleaseStep readStep(JsonNode node, String field, String source) {
        try {
            if (node.has("weight") && node.get("weight").canConvertToInt()) {
                return new ReleaseStep.Weight(node.get("weight").asInt());
            }
            if (node.path("pause").isTextual()) {
                String pause = node.get("pause").asText();
                return new ReleaseStep.Pause(APPROVAL.equals(pause) ? null : Duration.parse(pause));
            }
            if (node.path("analysis").isTextual()) {
                return new ReleaseStep.Analysis(node.get("analysis").asText());
            }
            if (node.path("match").isObject()) {
                return MAPPER.treeToValue(node.get("match"), ReleaseStep.Match.class);
            }
        } catch (DateTimeParseException | JsonProcessingException e) {
            throw new ReleaseStateException(TEXT.format("json.field", source, field, e.getMessage()), e);
        }
        throw new ReleaseStateException(TEXT.format("json.step", source, field, node.toString()));
    }

    private static Object invoke(RecordComponent component, ReleaseState state) {
        try {
            return component.getAccessor().invoke(state);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ReleaseState construct(Object[] values, String source) {
        Class<?>[] types = Arrays.stream(COMPONENTS).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<ReleaseState> constructor = ReleaseState.class.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new ReleaseStateException(TEXT.format("json.field", source, "-", e.getCause().getMessage()),
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
