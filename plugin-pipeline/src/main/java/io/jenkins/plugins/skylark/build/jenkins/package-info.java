/**
 * Jenkins adapter of the build runner: the {@code platformBuild} step. On the controller it reads the
 * application's build settings from the platform model (inside {@code withPlatform}), the JDK tool
 * installation and the agent's cache directory; callables read the workspace on the agent
 * ({@code FilePath.act}) and the tools start through the step's {@code Launcher}, so {@code container()}
 * and {@code withDockerContainer} wrap them as they wrap {@code sh}; the outcome goes to the step's result and to a {@link
 * io.jenkins.plugins.skylark.build.jenkins.PlatformBuildAction} on the build page, which
 * {@code platformImage} reads for its default jar.
 */
package io.jenkins.plugins.skylark.build.jenkins;
