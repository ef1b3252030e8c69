package io.jenkins.plugins.skylark.platform.page;

import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.jenkins.PlatformConfig;
import io.jenkins.plugins.skylark.platform.page.jenkins.ConfigTables;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A platform held in memory, changed as {@code SkylarkConfiguration.replace} changes Jenkins' one: the change
 * applied to a copy ({@link ConfigTables}), the copy converted and validated whole, and kept only when valid.
 */
public final class MemoryPlatform implements PlatformStore {
    private PlatformConfig config;
    private PlatformModel model;

    public MemoryPlatform(PlatformConfig config) {
        this.config = config;
        this.model = config.toModel(Locale.ENGLISH);
    }

    public PlatformConfig config() {
        return config;
    }

    @Override
    public PlatformModel model() {
        return model;
    }

    @Override
    public List<Map<String, Object>> rows(ObjectKind kind) {
        return ConfigTables.rows(config, kind);
    }

    @Override
    public synchronized void apply(ObjectChange change, Locale locale) {
        PlatformConfig next = ConfigTables.apply(config, change);
        model = next.toModel(locale);
        config = next;
    }
}
