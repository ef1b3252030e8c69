package io.jenkins.plugins.skylark.build;

import io.jenkins.plugins.skylark.platform.BuildTool;

/** Which tool builds: the step's {@code tool}, else the application's in the model, else the workspace's build file. */
final class ToolChoice {
    private ToolChoice() {
    }

    /**
     * @param stepTool the step's {@code tool} ({@code maven}, {@code gradle}, {@code npm}, {@code go}) or {@code null}
     * @param modelTool the application's build tool in the platform model, or {@code null}
     * @throws BuildException when {@code stepTool} is not a tool name, or nothing was given and no build file is found
     */
    static BuildTool choose(String stepTool, BuildTool modelTool, WorkspaceFacts facts) throws BuildException {
        if (stepTool != null) {
            try {
                return BuildTool.parse(stepTool);
            } catch (IllegalArgumentException e) {
                throw new BuildException(e.getMessage(), e);
            }
        }
        if (modelTool != null) {
            return modelTool;
        }
        if (facts.pom()) {
            return BuildTool.MAVEN;
        }
        if (facts.gradle() || facts.gradleWrapper()) {
            return BuildTool.GRADLE;
        }
        if (facts.packageJson()) {
            return BuildTool.NPM;
        }
        if (facts.goMod()) {
            return BuildTool.GO;
        }
        throw BuildException.of("ToolChoice.nothingToGuess",
                String.join(", ", WorkspaceFacts.POM, "build.gradle", "build.gradle.kts", WorkspaceFacts.PACKAGE_JSON,
                        WorkspaceFacts.GO_MOD));
    }
}
