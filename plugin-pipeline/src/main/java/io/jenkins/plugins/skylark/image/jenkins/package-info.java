/**
 * Jenkins adapter of the image engine: the {@code platformImage} step. It reads the {@code withPlatform}
 * context and the registry's credentials on the controller, runs one
 * {@link io.jenkins.plugins.skylark.image.plan.ImagePlan} on the workspace through
 * {@code FilePath.act}, then returns the image reference, exports it as {@code PLATFORM_IMAGE} (an
 * {@link hudson.model.EnvironmentContributingAction} on the build, which Pipeline's {@code env} and later
 * steps read through {@code Run.getEnvironment}) and publishes an {@code IMAGE_PUSHED} delivery event.
 */
package io.jenkins.plugins.skylark.image.jenkins;
