package org.jenkinsci.plugins.workflow.steps;

import hudson.EnvVars;
import java.io.IOException;
import java.io.Serializable;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Adds or changes environment variables for the steps inside a block. */
public abstract class EnvironmentExpander implements Serializable {
    private static final long serialVersionUID = 1L;

    public EnvironmentExpander() {
    }

    public abstract void expand(EnvVars env) throws IOException, InterruptedException;

    public Set<String> getSensitiveVariables() {
        return Collections.emptySet();
    }

    public static EnvironmentExpander constant(Map<String, String> env) {
        return new ConstantEnvironmentExpander(env);
    }

    public static EnvironmentExpander merge(EnvironmentExpander original, EnvironmentExpander subsequent) {
        if (original == null) {
            return subsequent;
        }
        return new MergedEnvironmentExpander(original, subsequent);
    }

    public static EnvVars getEffectiveEnvironment(EnvVars customEnvironment, EnvVars contextualEnvironment,
            EnvironmentExpander expander) throws IOException, InterruptedException {
        EnvVars env;
        if (contextualEnvironment != null) {
            env = new EnvVars(contextualEnvironment);
            env.putAll(customEnvironment);
        } else {
            env = new EnvVars(customEnvironment);
        }
        if (expander != null) {
            expander.expand(env);
        }
        return env;
    }

    private static final class ConstantEnvironmentExpander extends EnvironmentExpander {
        private static final long serialVersionUID = 1L;
        private final Map<String, String> envMap;

        ConstantEnvironmentExpander(Map<String, String> envMap) {
            this.envMap = new TreeMap<>(envMap);
        }

        @Override
        public void expand(EnvVars env) {
            env.overrideAll(envMap);
        }
    }

    private static final class MergedEnvironmentExpander extends EnvironmentExpander {
        private static final long serialVersionUID = 1L;
        private final EnvironmentExpander original;
        private final EnvironmentExpander subsequent;

        MergedEnvironmentExpander(EnvironmentExpander original, EnvironmentExpander subsequent) {
            this.original = original;
            this.subsequent = subsequent;
        }

        @Override
        public void expand(EnvVars env) throws IOException, InterruptedException {
            original.expand(env);
            subsequent.expand(env);
        }

        @Override
        public Set<String> getSensitiveVariables() {
            Set<String> all = new HashSet<>(original.getSensitiveVariables());
            all.addAll(subsequent.getSensitiveVariables());
            return all;
        }
    }
}
