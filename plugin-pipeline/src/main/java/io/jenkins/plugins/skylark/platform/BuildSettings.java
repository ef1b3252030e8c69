package io.jenkins.plugins.skylark.platform;

/**
 * How an application is built and analysed, so that most Jenkinsfiles call {@code platformBuild()} and
 * {@code platformScan()} without arguments. Every field is optional.
 *
 * @param tool the build tool; {@code null} = guessed from the workspace ({@code pom.xml}, {@code build.gradle},
 *     {@code package.json}, {@code go.mod})
 * @param args the tool's goals/tasks/script and options ({@code clean verify}, {@code run build}); {@code null}
 *     = the tool's default
 * @param jdk name of a Jenkins JDK tool installation; {@code null} = the agent's {@code java}
 * @param nodejs name of a Jenkins Node.js tool installation; {@code null} = the agent's {@code node}
 * @param artifacts Ant-style workspace glob of what the build produces; {@code null} = the tool's usual place
 * @param sonarProjectKey the SonarQube project key; {@code null} = {@code <project>_<application>}
 */
public record BuildSettings(BuildTool tool, String args, String jdk, String nodejs, String artifacts,
        String sonarProjectKey) {

    /** Nothing configured: everything guessed or defaulted. */
    public static final BuildSettings NONE = new BuildSettings(null, null, null, null, null, null);
}
