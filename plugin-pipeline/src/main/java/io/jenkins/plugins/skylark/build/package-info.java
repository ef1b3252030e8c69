/**
 * Runs an application's own build (Maven, Gradle, npm, Go) in a workspace: picks the tool, builds its
 * command lines with a repository cache outside the workspace, runs them, reads the JUnit XML test
 * reports and finds the artefacts. {@link io.jenkins.plugins.skylark.build.BuildRunner} is the entry
 * point: it reads the workspace where it is ({@code prepare}, {@code collect}) and starts the commands
 * through a {@link io.jenkins.plugins.skylark.build.BuildHost} (in Jenkins, the step's launcher). No Jenkins types.
 */
package io.jenkins.plugins.skylark.build;
