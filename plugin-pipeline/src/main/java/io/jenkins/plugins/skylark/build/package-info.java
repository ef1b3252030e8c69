/**
 * Runs an application's own build (Maven, Gradle, npm, Go) in a workspace: picks the tool, builds its
 * command lines with a repository cache outside the workspace, runs them, reads the JUnit XML test
 * reports and finds the artefacts. {@link io.jenkins.plugins.skylark.build.BuildRunner} is the entry
 * point; its request and outcome are serialisable so the Jenkins adapter runs it on the agent. No Jenkins types.
 */
package io.jenkins.plugins.skylark.build;
