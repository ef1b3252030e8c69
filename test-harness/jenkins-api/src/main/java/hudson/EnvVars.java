package hudson;

import java.io.File;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Environment variables: case-insensitive keys, {@code PATH+XYZ} prepending, {@code $VAR} expansion. */
public class EnvVars extends TreeMap<String, String> {
    private static final long serialVersionUID = 4320331661987259022L;
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]+)\\}|\\$([A-Za-z_][A-Za-z0-9_.]*)");

    /** The environment of this JVM's process, which locally started processes inherit. */
    public static final Map<String, String> masterEnvVars = new EnvVars(System.getenv());

    public EnvVars() {
        super(String.CASE_INSENSITIVE_ORDER);
    }

    public EnvVars(Map<String, String> m) {
        this();
        putAll(m);
    }

    public EnvVars(EnvVars m) {
        this((Map<String, String>) m);
    }

    public EnvVars(String... keyValuePairs) {
        this();
        if (keyValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException(java.util.Arrays.asList(keyValuePairs).toString());
        }
        for (int i = 0; i < keyValuePairs.length; i += 2) {
            put(keyValuePairs[i], keyValuePairs[i + 1]);
        }
    }

    public void override(String key, String value) {
        if (value == null || value.isEmpty()) {
            remove(key);
            return;
        }
        int plus = key.indexOf('+');
        if (plus > 0) {
            String realKey = key.substring(0, plus);
            String existing = get(realKey);
            put(realKey, existing == null ? value : value + File.pathSeparatorChar + existing);
            return;
        }
        put(key, value);
    }

    public EnvVars overrideAll(Map<String, String> all) {
        for (Map.Entry<String, String> e : all.entrySet()) {
            override(e.getKey(), e.getValue());
        }
        return this;
    }

    /**
     * Overrides with {@code $VAR} references in the values expanded against this environment. Jenkins
     * first orders the overrides so that one is set before another that refers to it; here they are
     * applied in the map's order (an {@code EnvVars}' is alphabetical, so {@code PATH} before {@code PATH+X}).
     */
    public EnvVars overrideExpandingAll(Map<String, String> all) {
        for (Map.Entry<String, String> e : all.entrySet()) {
            override(e.getKey(), expand(e.getValue()));
        }
        return this;
    }

    public String get(String key, String defaultValue) {
        String v = get(key);
        return v == null ? defaultValue : v;
    }

    @Override
    public String put(String key, String value) {
        if (value == null) {
            throw new IllegalArgumentException("Null value not allowed as an environment variable: " + key);
        }
        return super.put(key, value);
    }

    public String expand(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = VARIABLE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            String value = get(name);
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
