package io.jenkins.plugins.skylark.build;

import io.jenkins.plugins.skylark.platform.BuildTool;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command lines of each tool. Every tool is run non-interactively, with its download cache in
 * {@code cache/<tool>} (a directory of the agent, never the workspace) so builds on one agent share it.
 * {@code args} replaces the tool's default goals/tasks/script.
 */
final class BuildPlans {
    static final String MAVEN_DEFAULT = "clean verify";
    static final String GRADLE_DEFAULT = "build";
    static final String NPM_DEFAULT_SCRIPT = "build";

    private BuildPlans() {
    }

    static BuildPlan of(BuildTool tool, String args, WorkspaceFacts facts, Path cache) throws BuildException {
        return switch (tool) {
            case MAVEN -> maven(args, cache.resolve("maven"));
            case GRADLE -> gradle(args, facts, cache.resolve("gradle"));
            case NPM -> npm(args, facts, cache.resolve("npm"));
            case GO -> go(args, cache.resolve("go"));
        };
    }

    private static BuildPlan maven(String args, Path repository) throws BuildException {
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-ntp", "-Dmaven.repo.local=" + repository));
        command.addAll(Arguments.split(args == null ? MAVEN_DEFAULT : args));
        return new BuildPlan(BuildTool.MAVEN, List.of(Command.of(command)), Map.of(),
                List.of("**/target/surefire-reports/TEST-*.xml", "**/target/failsafe-reports/TEST-*.xml"),
                List.of("target/*.jar"));
    }

    private static BuildPlan gradle(String args, WorkspaceFacts facts, Path home) throws BuildException {
        List<String> command = new ArrayList<>(List.of(facts.gradleWrapper() ? "./gradlew" : "gradle", "--no-daemon"));
        command.addAll(Arguments.split(args == null ? GRADLE_DEFAULT : args));
        return new BuildPlan(BuildTool.GRADLE, List.of(Command.of(command)), Map.of("GRADLE_USER_HOME", home.toString()),
                List.of("**/build/test-results/**/TEST-*.xml"), List.of("build/libs/*.jar"));
    }

    /** {@code npm ci} (or {@code npm install} without a lock file), the build script, then {@code npm test} if defined. */
    private static BuildPlan npm(String args, WorkspaceFacts facts, Path cache) throws BuildException {
        List<Command> commands = new ArrayList<>();
        commands.add(Command.of(List.of("npm", facts.npmLock() ? "ci" : "install")));
        if (args != null) {
            List<String> run = new ArrayList<>(List.of("npm", "run"));
            run.addAll(Arguments.split(args));
            commands.add(Command.of(run));
        } else if (facts.npmScripts().contains(NPM_DEFAULT_SCRIPT)) {
            commands.add(Command.of(List.of("npm", "run", NPM_DEFAULT_SCRIPT)));
        }
        if (facts.npmScripts().contains("test")) {
            commands.add(Command.of(List.of("npm", "test")));
        }
        return new BuildPlan(BuildTool.NPM, commands, Map.of("npm_config_cache", cache.toString()),
                List.of("**/junit*.xml", "**/test-results/**/*.xml", "**/test-reports/**/*.xml"), List.of("dist/**"));
    }

    /** {@code go build} writes the commands' binaries to {@code bin/}; {@code go test -json} is read as test events. */
    private static BuildPlan go(String args, Path cache) throws BuildException {
        List<String> build = new ArrayList<>(List.of("go", "build", "-o", "bin/"));
        build.addAll(Arguments.split(args == null ? "./..." : args));
        List<String> test = new ArrayList<>(List.of("go", "test", "-json"));
        test.addAll(Arguments.split(args == null ? "./..." : args));
        return new BuildPlan(BuildTool.GO, List.of(Command.of(build), new Command(test, true)),
                Map.of("GOMODCACHE", cache.resolve("mod").toString(), "GOCACHE", cache.resolve("build").toString()),
                List.of(), List.of("bin/*"));
    }
}
