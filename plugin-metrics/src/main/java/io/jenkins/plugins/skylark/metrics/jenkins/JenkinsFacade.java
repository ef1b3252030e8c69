package io.jenkins.plugins.skylark.metrics.jenkins;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.security.ACL;
import java.nio.file.Path;
import java.util.List;
import jenkins.model.Jenkins;

/** The only place of this plugin that reaches the Jenkins singleton, so the rest can be built in tests. */
final class JenkinsFacade {
    private JenkinsFacade() {
    }

    /** The metrics section of the global configuration. */
    static MetricsConfiguration configuration() {
        MetricsConfiguration configuration = Jenkins.get().getDescriptorByType(MetricsConfiguration.class);
        if (configuration == null) {
            throw new IllegalStateException("MetricsConfiguration is not registered; is the plugin loaded?");
        }
        return configuration;
    }

    /** JENKINS_HOME. */
    static Path home() {
        return Jenkins.get().getRootDir().toPath();
    }

    /**
     * A username/password credential of the global scope (system configuration, not a build: there is
     * no run to look it up in), or {@code null}.
     */
    static StandardUsernamePasswordCredentials globalUsernamePassword(String id) {
        return globalCredential(id, StandardUsernamePasswordCredentials.class);
    }

    /** A credential of the global scope with this id and type, or {@code null}. */
    static <C extends IdCredentials> C globalCredential(String id, Class<C> type) {
        List<C> all = CredentialsProvider.lookupCredentialsInItemGroup(type, Jenkins.get(), ACL.SYSTEM2, List.of());
        return all.stream().filter(c -> id.equals(c.getId())).findFirst().orElse(null);
    }
}
