package io.jenkins.plugins.skylark.build;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables a build's processes get on top of the environment where they start: the build's
 * (the step's environment, with {@code withEnv} and tool contributions), the plan's cache locations and
 * the JDK. A variable named {@code NAME+SUFFIX} (as {@code withEnv} and tool installations write
 * {@code PATH+JDK}) is prepended to {@code NAME} here when {@code NAME} is set, else left for the launcher,
 * which prepends it to the value where the process starts. Computed on the workspace's machine, whose
 * separators these are.
 */
final class ProcessEnvironment {
    private ProcessEnvironment() {
    }

    static Map<String, String> overrides(Map<String, String> build, Map<String, String> plan, String javaHome) {
        Map<String, String> result = new LinkedHashMap<>(build);
        result.putAll(plan);
        if (javaHome != null) {
            result.put("JAVA_HOME", javaHome);
            result.remove("PATH+JDK");
            result.put("PATH+JDK", javaHome + File.separator + "bin"); // last, so first on PATH
        }
        for (String key : new ArrayList<>(result.keySet())) {
            int plus = key.indexOf('+');
            String name = plus > 0 ? key.substring(0, plus) : null;
            if (name != null && result.containsKey(name)) {
                String current = result.get(name);
                String prefix = result.remove(key);
                result.put(name, current.isEmpty() ? prefix : prefix + File.pathSeparator + current);
            }
        }
        return result;
    }
}
