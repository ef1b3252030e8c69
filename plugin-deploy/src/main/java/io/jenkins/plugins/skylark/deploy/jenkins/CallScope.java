package io.jenkins.plugins.skylark.deploy.jenkins;

import io.jenkins.plugins.skylark.context.ResolvedPlatformContext;
import io.jenkins.plugins.skylark.platform.PlatformModel;

/**
 * What a step builds its engine call from: the enclosing {@code withPlatform}'s context, the platform
 * model in force, and the build's {@code BUILD_URL} and {@code GIT_COMMIT} (either may be {@code null}).
 */
record CallScope(String step, ResolvedPlatformContext context, PlatformModel model, String buildUrl, String commitId) {
}
