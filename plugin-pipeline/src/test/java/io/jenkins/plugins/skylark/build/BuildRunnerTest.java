package io.jenkins.plugins.skylark.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.skylark.platform.BuildTool;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner around the tools, with a host whose "processes" are scripted here (exit code, output, files
 * written) and which records what it was asked to start; the workspace is read for real. Starting real
 * processes through a launcher is {@code LauncherBuildHostTest}'s, real tools {@code PlatformBuildStepTest}'s.
 */
class BuildRunnerTest {
    @TempDir
    Path workspace;

    @TempDir
    Path cache;

    private final List<String> log = new ArrayList<>();
    private final ScriptedHost host = new ScriptedHost();

    @BeforeEach
    void mavenProject() throws Exception {
        Files.writeString(workspace.resolve("pom.xml"), "<project/>");
    }

    @Test
    void shouldStartTheToolThroughShSoThatThePathTheProcessGetsFindsItWithTheArgumentsAsPositionalParameters() throws Exception {
        Files.delete(workspace.resolve("pom.xml"));
        Files.writeString(workspace.resolve("package.json"), "{}");

        run(new BuildRequest(null, null, "x; rm -rf /", null, null, Map.of(), cache.toString(), null));

        assertThat(host.started).containsExactly(
                List.of("sh", "-c", "exec \"$0\" \"$@\"", "npm", "install"),
                List.of("sh", "-c", "exec \"$0\" \"$@\"", "npm", "run", "x;", "rm", "-rf", "/"));
        assertThat(log).contains("$ npm install", "$ npm run x; rm -rf /");
    }

    @Test
    void shouldStartTheProgramDirectlyWhereThereIsNoSh() throws Exception {
        host.unix = false;

        run(request(null, null));

        assertThat(host.started).singleElement().satisfies(arguments ->
                assertThat(arguments).startsWith("mvn", "-B", "-ntp"));
    }

    @Test
    void shouldGiveTheProcessesTheBuildsEnvironmentTheCacheAndTheJdkFirstOnPath() throws Exception {
        Files.delete(workspace.resolve("pom.xml"));
        Files.writeString(workspace.resolve("package.json"), "{}");

        run(new BuildRequest(null, null, null, null, null,
                Map.of("GREETING", "hello", "PATH", "/usr/bin", "PATH+EXTRA", "/opt/extra/bin", "NODE+X", "/opt/node"),
                cache.toString(), "/opt/jdk"));

        assertThat(host.environments.get(0)).containsEntry("GREETING", "hello")
                .containsEntry("npm_config_cache", cache.resolve("npm").toString())
                .containsEntry("JAVA_HOME", "/opt/jdk")
                .containsEntry("PATH", "/opt/jdk" + File.separator + "bin" + File.pathSeparator + "/opt/extra/bin"
                        + File.pathSeparator + "/usr/bin")
                .as("a contribution to a variable the build does not set is the launcher's to prepend where the process starts")
                .containsEntry("NODE+X", "/opt/node")
                .doesNotContainKeys("PATH+EXTRA", "PATH+JDK");
    }

    @Test
    void shouldLeaveTheJdkContributionToTheLauncherWhenTheBuildSetsNoPath() throws Exception {
        run(new BuildRequest(BuildTool.MAVEN.userName(), null, null, null, null, Map.of(), cache.toString(), "/opt/jdk"));

        assertThat(host.environments.get(0)).containsEntry("PATH+JDK", "/opt/jdk" + File.separator + "bin")
                .doesNotContainKey("PATH");
    }

    @Test
    void shouldReportTheFailedCommandItsExitCodeAndTheLastLines() throws Exception {
        host.script = output -> {
            for (int i = 1; i <= 40; i++) {
                output.write(("line " + i + "\n").getBytes(StandardCharsets.UTF_8));
            }
            output.write("BUILD FAILURE".getBytes(StandardCharsets.UTF_8)); // no newline at the end
            return 3;
        };

        BuildOutcome outcome = run(request(null, null));

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.exitCode()).isEqualTo(3);
        assertThat(outcome.lastLines()).hasSize(BuildRunner.LAST_LINES).endsWith("line 40", "BUILD FAILURE");
        assertThat(outcome.failureMessage()).startsWith("maven build failed: mvn -B -ntp -Dmaven.repo.local="
                + cache.resolve("maven") + " clean verify exited with code 3\nLast 30 lines of output:\n  line 12")
                .endsWith("  BUILD FAILURE");
        assertThat(log).contains("line 1", "BUILD FAILURE");
    }

    @Test
    void shouldSayWhereToProvideAProgramTheShellDidNotFind() throws Exception {
        host.script = output -> {
            output.write("sh: 1: exec: mvn: not found\n".getBytes(StandardCharsets.UTF_8));
            return 127;
        };

        BuildOutcome outcome = run(request(null, null));

        assertThat(outcome.failureMessage()).contains("exited with code 127\nExit code 127: the shell found no program 'mvn'",
                "withEnv(['PATH+TOOL=/opt/tool/bin'])", "container('maven')", "  sh: 1: exec: mvn: not found");
    }

    @Test
    void shouldStopAtTheFirstFailingCommandAndCollectNoArtifacts() throws Exception {
        Files.delete(workspace.resolve("pom.xml"));
        Files.writeString(workspace.resolve("package.json"), "{\"scripts\": {\"build\": \"x\", \"test\": \"y\"}}");
        Files.createDirectories(workspace.resolve("dist"));
        Files.writeString(workspace.resolve("dist/app.js"), "old");
        host.script = output -> host.started.size() == 2 ? 2 : 0;

        BuildOutcome outcome = run(new BuildRequest(null, null, null, null, null, Map.of(), cache.toString(), null));

        assertThat(host.started).hasSize(2);
        assertThat(outcome.failedCommand()).isEqualTo("npm run build");
        assertThat(outcome.artifacts()).isEmpty();
    }

    @Test
    void shouldCountOnlyReportsWrittenDuringThisBuild() throws Exception {
        Path reports = Files.createDirectories(workspace.resolve("target/surefire-reports"));
        Path stale = reports.resolve("TEST-Old.xml");
        Files.writeString(stale, "<testsuite><testcase classname='Old' name='gone'><failure message='old'/></testcase></testsuite>");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minusSeconds(3600)));
        host.script = output -> {
            Files.writeString(reports.resolve("TEST-New.xml"), "<testsuite><testcase classname='New' name='ok'/></testsuite>");
            return 0;
        };

        BuildOutcome outcome = run(request(null, null));

        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.tests().total()).isEqualTo(1);
    }

    @Test
    void shouldFailWhenGivenArtifactsMatchNothing() {
        assertThatThrownBy(() -> run(request("target/*.war", null))).isInstanceOf(BuildException.class)
                .hasMessage("The build succeeded but artifacts 'target/*.war' matched no file");
    }

    @Test
    void shouldRefuseAGradleWrapperThatIsNotExecutableBeforeStartingAnything() throws Exception {
        Files.delete(workspace.resolve("pom.xml"));
        Files.writeString(workspace.resolve("build.gradle"), "");
        Files.writeString(workspace.resolve("gradlew"), "#!/bin/sh\n");

        assertThatThrownBy(() -> run(new BuildRequest(null, null, null, null, null, Map.of(), cache.toString(), null)))
                .hasMessageStartingWith("The Gradle wrapper ./gradlew is not executable");
        assertThat(host.started).isEmpty();
    }

    @Test
    void shouldNameTheFirstFailedTestsInTheFailureMessage() throws Exception {
        host.script = output -> {
            Path reports = Files.createDirectories(workspace.resolve("target/surefire-reports"));
            Files.writeString(reports.resolve("TEST-Calc.xml"), "<testsuite><testcase classname='com.example.CalcTest'"
                    + " name='adds'><failure message='expected 4 but was 3'/></testcase><testcase classname='c' name='ok'/>"
                    + "</testsuite>");
            return 1;
        };

        BuildOutcome outcome = run(request(null, null));

        assertThat(outcome.failureMessage()).startsWith("maven build failed: 1 of 2 tests failed\n"
                + "  com.example.CalcTest.adds: expected 4 but was 3");
        assertThat(BuildResults.toMap(outcome)).containsEntry("tool", "maven")
                .extractingByKey("tests").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("total", 2).containsEntry("failed", 1);
    }

    private BuildRequest request(String artifacts, String reports) {
        return new BuildRequest(BuildTool.MAVEN.userName(), null, null, artifacts, reports, Map.of(), cache.toString(),
                null);
    }

    private BuildOutcome run(BuildRequest request) throws Exception {
        return BuildRunner.run(request, host, log::add);
    }

    /** What a started "process" does: writes output and files, returns its exit code. */
    @FunctionalInterface
    private interface Script {
        int run(OutputStream output) throws IOException;
    }

    /** The workspace read here, processes scripted and recorded. */
    private final class ScriptedHost implements BuildHost {
        final List<List<String>> started = new ArrayList<>();
        final List<Map<String, String>> environments = new ArrayList<>();
        boolean unix = true;
        Script script = output -> 0;

        @Override
        public PreparedBuild prepare(BuildRequest request) throws BuildException {
            return BuildRunner.prepare(request, workspace);
        }

        @Override
        public boolean unix() {
            return unix;
        }

        @Override
        public int launch(List<String> arguments, Map<String, String> environment, OutputStream output)
                throws IOException {
            started.add(arguments);
            environments.add(environment);
            return script.run(output);
        }

        @Override
        public BuildFiles collect(PreparedBuild build, boolean succeeded) throws BuildException {
            return BuildRunner.collect(build, succeeded, workspace, log::add);
        }
    }
}
