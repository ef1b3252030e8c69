package io.jenkins.plugins.skylark.deploy.release.analysis;

import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code {{name}}} placeholders of analysis queries: which exist, and filling them in. Values go
 * inside PromQL string literals, so quotes and backslashes are escaped.
 */
public final class Placeholders {

    public static final String APPLICATION = "application";
    public static final String NAMESPACE = "namespace";
    public static final String CANARY = "canary";
    public static final String STABLE = "stable";
    public static final String CANARY_SERVICE = "canaryService";
    public static final String STABLE_SERVICE = "stableService";
    public static final String ROUTE = "route";
    public static final String INGRESS = "ingress";
    /** Same as {@link #CANARY}, as the release file and {@code ReleaseTarget} name it. */
    public static final String CANARY_WORKLOAD = "canaryWorkload";
    /** Same as {@link #STABLE}, as the release file and {@code ReleaseTarget} name it. */
    public static final String STABLE_WORKLOAD = "stableWorkload";
    /** Filled from the analysis' own interval, never passed in. */
    public static final String INTERVAL = "interval";

    /** Every placeholder a query may use. */
    public static final Set<String> NAMES = Set.of(APPLICATION, NAMESPACE, CANARY, STABLE, CANARY_WORKLOAD,
            STABLE_WORKLOAD, CANARY_SERVICE, STABLE_SERVICE, ROUTE, INGRESS, INTERVAL);

    /** Placeholders that are two names for one value. */
    private static final Map<String, String> ALIASES = Map.of(CANARY, CANARY_WORKLOAD, CANARY_WORKLOAD, CANARY,
            STABLE, STABLE_WORKLOAD, STABLE_WORKLOAD, STABLE);

    private static final LocalizedBundle TEXT = LocalizedBundle.of(Placeholders.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}");

    private Placeholders() {
    }

    /** The problems of {@code text} in {@code field}: unknown names and braces that are not a placeholder. */
    static List<String> problems(String analysis, String field, String text) {
        List<String> problems = new ArrayList<>();
        Set<String> unknown = new TreeSet<>(used(text));
        unknown.removeAll(NAMES);
        if (!unknown.isEmpty()) {
            problems.add(TEXT.format("placeholder.unknown", analysis, field, String.join(", ", unknown),
                    String.join(", ", new TreeSet<>(NAMES))));
        }
        if (PLACEHOLDER.matcher(text).replaceAll("").contains("{{")) {
            problems.add(TEXT.format("placeholder.malformed", analysis, field));
        }
        return problems;
    }

    /** The placeholder names {@code text} uses. */
    static Set<String> used(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /**
     * {@code text} with every placeholder replaced by its value.
     *
     * @throws InvalidAnalysisException naming each placeholder that has no (or an empty) value
     */
    static String render(String analysis, String field, String text, Map<String, String> given) {
        Map<String, String> values = new HashMap<>(given);
        ALIASES.forEach((name, alias) -> {
            if (isBlank(values.get(name)) && !isBlank(given.get(alias))) {
                values.put(name, given.get(alias));
            }
        });
        List<String> missing = used(text).stream()
                .filter(name -> isBlank(values.get(name))).toList();
        if (!missing.isEmpty()) {
            throw new InvalidAnalysisException(List.of(TEXT.format("placeholder.missing", analysis, field,
                    String.join(", ", missing))));
        }
        return PLACEHOLDER.matcher(text).replaceAll(match -> Matcher.quoteReplacement(escape(values.get(match.group(1)))));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
