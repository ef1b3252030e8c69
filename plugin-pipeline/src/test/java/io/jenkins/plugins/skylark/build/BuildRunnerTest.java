package io.jenkins.plugins.skylark.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.skylark.platform.BuildTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner around the tools, with small shell scripts standing in for them where the point is the
 * runner itself (exit codes, environment, stale reports); the real tools run in {@code PlatformBuildStepTest}.
 */
class BuildRunnerTest {
    @TempDir
    Path workspace;

    @TempDir
    Path tools;

    @TempDir
    Path cache;

    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void mavenProject() throws Exception {
        Files.writeString(workspace.resolve("pom.xml"), "<project/>");
    }

    @Test
    void shouldNameTheMissingToolAndHowToProvideIt() {
        assertThatThrownBy(() -> run(request(null, null), Map.of("PATH", tools.toString())))
                .isInstanceOf(BuildException.class)
                .hasMessageStartingWith("maven: 'mvn' was not found on the agent's PATH (" + tools + ")")
                .hasMessageContaining("Install it on the agent");
    }

    @Test
    void shouldReportTheFailedCommandItsExitCodeAndTheLastLines() throws Exception {
        tool("mvn", "i=1; while [ $i -le 40 ]; do echo \"line $i\"; i=$((i + 1)); done\necho 'BUILD FAILURE' >&2\nexit 3");

        BuildOutcome outcome = run(request(null, null), path());

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.exitCode()).isEqualTo(3);
        assertThat(outcome.lastLines()).hasSize(BuildRunner.LAST_LINES).endsWith("line 40", "BUILD FAILURE");
        assertThat(outcome.failureMessage()).startsWith("maven build failed: mvn -B -ntp -Dmaven.repo.local="
                + cache.resolve("maven") + " clean verify exited with code 3\nLast 30 lines of output:\n  line 12")
                .endsWith("  BUILD FAILURE");
        assertThat(log).contains("line 1", "BUILD FAILURE");
    }

    @Test
    void shouldGiveTheProcessTheBuildsEnvironmentAndTheCacheButNoShell() throws Exception {
        Files.delete(workspace.resolve("pom.xml"));
        Files.writeString(workspace.resolve("package.json"), "{}");
        Path extra = Files.createDirectories(tools.resolve("extra"));
        tool("npm", "echo \"cache=$npm_config_cache path=$PATH greeting=$GREETING args=$*\"");

        BuildOutcome outcome = run(new BuildRequest(null, null, "x; rm -rf /", null, null,
                Map.of("GREETING", "hello", "PATH+EXTRA", extra.toString()), cache.toString(), null), path());

        assertThat(outcome.succeeded()).isTrue();
        assertThat(log).contains("cache=" + cache.resolve("npm") + " path=" + extra + ":" + tools
                + ":/usr/bin:/bin greeting=hello args=run x; rm -rf /");
    }

    @Test
    void shouldCountOnlyReportsWrittenDuringThisBuild() throws Exception {
        Path reports = Files.createDirectories(workspace.resolve("target/surefire-reports"));
        Path stale = reports.resolve("TEST-Old.xml");
        Files.writeString(stale, "<testsuite><testcase classname='Old' name='gone'><failure message='old'/></testcase></testsuite>");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minusSeconds(3600)));
        tool("mvn", "echo \"<testsuite><testcase classname='New' name='ok'/></testsuite>\" > target/surefire-reports/TEST-New.xml");

        BuildOutcome outcome = run(request(null, null), path());

        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.tests().total()).isEqualTo(1);
    }

    @Test
    void shouldFailWhenGivenArtifactsMatchNothing() throws Exception {
        tool("mvn", "exit 0");

        assertThatThrownBy(() -> run(request("target/*.war", null), path())).isInstanceOf(BuildException.class)
                .hasMessage("The build succeeded but artifacts 'target/*.war' matched no file");
    }

    @Test
    void shouldNameTheFirstFailedTestsInTheFailureMessage() throws Exception {
        tool("mvn", "mkdir -p target/surefire-reports\n"
                + "echo \"<testsuite><testcase classname='com.example.CalcTest' name='adds'>"
                + "<failure message='expected 4 but was 3'/></testcase><testcase classname='c' name='ok'/></testsuite>\""
                + " > target/surefire-reports/TEST-Calc.xml\nexit 1");

        BuildOutcome outcome = run(request(null, null), path());

        assertThat(outcome.failureMessage()).startsWith("maven build failed: 1 of 2 tests failed\n"
                + "  com.example.CalcTest.adds: expected 4 but was 3");
        assertThat(BuildResults.toMap(outcome)).containsEntry("tool", "maven")
                .extractingByKey("tests").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("total", 2).containsEntry("failed", 1);
    }

    @Test
    void shouldKillTheBuildWhenTheStepIsInterrupted() throws Exception {
        Path pid = workspace.resolve("tool.pid");
        tool("mvn", "echo $$ > " + pid + "\nexec sleep 600");
        Throwable[] thrown = new Throwable[1];
        Thread runner = new Thread(() -> {
            try {
                run(request(null, null), path());
            } catch (Throwable e) {
                thrown[0] = e;
            }
        });
        runner.start();
        while (!Files.exists(pid) || Files.readString(pid).isBlank()) {
            Thread.onSpinWait();
        }
        ProcessHandle process = ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).orElseThrow();

        runner.interrupt();
        runner.join();

        assertThat(thrown[0]).isInstanceOf(InterruptedException.class);
        assertThat(process.onExit().get().isAlive()).isFalse();
    }

    private BuildRequest request(String artifacts, String reports) {
        return new BuildRequest(BuildTool.MAVEN.userName(), null, null, artifacts, reports, Map.of(), cache.toString(),
                null);
    }

    private Map<String, String> path() {
        return Map.of("PATH", tools + ":/usr/bin:/bin");
    }

    private BuildOutcome run(BuildRequest request, Map<String, String> agent) throws Exception {
        return BuildRunner.run(request, workspace, agent, log::add);
    }

    private void tool(String name, String script) throws Exception {
        Path file = tools.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
