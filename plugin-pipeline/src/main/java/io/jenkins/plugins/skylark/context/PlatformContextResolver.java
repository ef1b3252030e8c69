package io.jenkins.plugins.skylark.context;

import io.jenkins.plugins.skylark.platform.PlatformModel;
import java.util.Locale;

/**
 * Resolves {@code withPlatform(project:, environment:)} against the model. TODO(core, in progress).
 */
public final class PlatformContextResolver {

    private PlatformContextResolver() {
    }

    /**
     * @param environmentIdOrNull {@code null} or blank for project scope only
     * @throws IllegalArgumentException naming the unknown project or environment (default locale)
     */
    public static ResolvedPlatformContext resolve(PlatformModel model, String projectId, String environmentIdOrNull) {
        return resolve(model, projectId, environmentIdOrNull, Locale.getDefault());
    }

    /** {@link #resolve(PlatformModel, String, String)} with messages in {@code locale}. */
    public static ResolvedPlatformContext resolve(PlatformModel model, String projectId, String environmentIdOrNull,
                                                  Locale locale) {
        throw new UnsupportedOperationException("TODO(core, in progress)");
    }
}
