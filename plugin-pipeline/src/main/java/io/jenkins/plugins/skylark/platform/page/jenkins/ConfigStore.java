package io.jenkins.plugins.skylark.platform.page.jenkins;

import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import io.jenkins.plugins.skylark.platform.page.ObjectChange;
import io.jenkins.plugins.skylark.platform.page.ObjectKind;
import io.jenkins.plugins.skylark.platform.page.PlatformStore;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The platform of Jenkins' global configuration: a change is applied to a copy of the configuration and put in
 * force by {@link SkylarkConfiguration#replace}, the path of the System form and Configuration as Code (whole
 * model validated, rejected whole, saved only when in force).
 */
final class ConfigStore implements PlatformStore {
    private final SkylarkConfiguration configuration;

    ConfigStore(SkylarkConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public PlatformModel model() {
        return configuration.getModel();
    }

    @Override
    public List<Map<String, Object>> rows(ObjectKind kind) {
        return ConfigTables.rows(configuration.getPlatform(), kind);
    }

    @Override
    public void apply(ObjectChange change, Locale locale) {
        // One change at a time: two administrators' changes must not be computed from the same old platform.
        synchronized (configuration) {
            configuration.replace(ConfigTables.apply(configuration.getPlatform(), change), locale);
        }
    }
}
