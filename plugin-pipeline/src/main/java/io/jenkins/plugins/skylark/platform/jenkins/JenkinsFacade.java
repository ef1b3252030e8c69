package io.jenkins.plugins.skylark.platform.jenkins;

import jenkins.model.Jenkins;

/** The only place that reaches the Jenkins singleton, so everything else can be built in tests. */
public final class JenkinsFacade {
    private JenkinsFacade() {
    }

    /** The global Skylark configuration. */
    public static SkylarkConfiguration configuration() {
        SkylarkConfiguration configuration = Jenkins.get().getDescriptorByType(SkylarkConfiguration.class);
        if (configuration == null) {
            throw new IllegalStateException("SkylarkConfiguration is not registered; is the plugin loaded?");
        }
        return configuration;
    }
}
