/**
 * Jenkins adapter of the build runner: the {@code platformBuild} step. On the controller it reads the
 * application's build settings from the platform model (inside {@code withPlatform}), the JDK tool
 * installation and the agent's cache directory; one callable runs the build on the agent through
 * {@code FilePath.act}; the outcome goes to the step's result and to a {@link
 * io.jenkins.plugins.skylark.build.jenkins.PlatformBuildAction} on the build page, which
 * {@code platformImage} reads for its default jar.
 */
package io.jenkins.plugins.skylark.build.jenkins;
