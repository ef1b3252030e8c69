/**
 * What the {@code platformImage} step builds, worked out from the platform model and the workspace:
 * which application, repository and registry ({@link io.jenkins.plugins.skylark.image.plan.ImageDestination}),
 * which layers and entrypoint ({@link io.jenkins.plugins.skylark.image.plan.LayoutGuess}, guessed from the
 * workspace when not given), and the serialisable {@link io.jenkins.plugins.skylark.image.plan.ImagePlan}
 * that completes and runs the engine's request where the workspace is. No Jenkins types.
 */
package io.jenkins.plugins.skylark.image.plan;
