package io.jenkins.plugins.skylark.platform.page;

import io.jenkins.plugins.skylark.platform.InvalidPlatformModelException;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Where the platform lives: Jenkins' global configuration in production. */
public interface PlatformStore {

    /** The model in force. */
    PlatformModel model();

    /**
     * The configured objects of {@code kind} as the dialogs edit them: one map per object, keyed by
     * {@link ObjectKind#fields()} (credential ids only, never a secret).
     */
    List<Map<String, Object>> rows(ObjectKind kind);

    /**
     * Applies {@code change} to a copy of the configuration and puts the copy in force when the whole of
     * it is valid, as the configuration form does.
     *
     * @throws InvalidPlatformModelException naming every problem; nothing was changed
     */
    void apply(ObjectChange change, Locale locale);
}
