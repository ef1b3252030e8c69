package io.jenkins.plugins.skylark.build.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.FilePath;
import hudson.Launcher;
import hudson.util.StreamTaskListener;
import io.jenkins.plugins.skylark.build.BuildOutcome;
import io.jenkins.plugins.skylark.build.BuildRequest;
import io.jenkins.plugins.skylark.build.BuildRunner;
import io.jenkins.plugins.skylark.platform.BuildTool;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real processes started through a {@link Launcher} (Jenkins' local one, as on an agent), with small shell
 * scripts standing in for the tools, kept off this JVM's {@code PATH}: only the environment the launcher
 * gives the process finds them.
 */
class LauncherBuildHostTest {
    @TempDir
    Path workspace;

    @TempDir
    Path tools;

    @TempDir
    Path cache;

    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final ByteArrayOutputStream launcherLog = new ByteArrayOutputStream();
    private final Launcher local = new Launcher.LocalLauncher(new StreamTaskListener(launcherLog, StandardCharsets.UTF_8));

    @BeforeEach
    void mavenProject() throws Exception {
        Files.writeString(workspace.resolve("pom.xml"), "<project/>");
    }

    @Test
    void shouldFindTheToolOnThePathContributionAndHandItTheArgumentsVerbatim() throws Exception {
        tool("mvn", "echo \"args=$4 cache=$3 greeting=$GREETING\"");

        BuildOutcome outcome = run(local, Map.of("PATH+TOOLS", tools.toString(), "GREETING", "hello"), "'x; rm -rf /'");

        assertThat(outcome.succeeded()).as(String.join("\n", log)).isTrue();
        assertThat(log).contains("args=x; rm -rf / cache=-Dmaven.repo.local=" + cache.resolve("maven") + " greeting=hello");
        assertThat(launcherLog.toString(StandardCharsets.UTF_8)).as("quiet: the runner logs the command itself").isEmpty();
    }

    @Test
    void shouldStartTheToolThroughTheDecoratedLauncherAsContainerWrapsIt() throws Exception {
        tool("mvn", "echo \"container=$SKYLARK_CONTAINER\"");

        run(local.decorateByPrefix("env", "SKYLARK_CONTAINER=maven"), Map.of("PATH+TOOLS", tools.toString()), "verify");
        run(local, Map.of("PATH+TOOLS", tools.toString()), "verify");

        assertThat(log).containsSubsequence("container=maven", "container=");
    }

    @Test
    void shouldSayWhereToProvideAToolTheShellDoesNotFind() throws Exception {
        BuildOutcome outcome = run(local, Map.of("PATH", tools.toString()), "verify");

        assertThat(outcome.exitCode()).isEqualTo(127);
        assertThat(outcome.failureMessage()).contains("Exit code 127: the shell found no program 'mvn'", "not found");
    }

    @Test
    void shouldKillTheToolWhenTheStepIsInterrupted() throws Exception {
        Path pid = workspace.resolve("tool.pid");
        tool("mvn", "echo $$ > " + pid + "\nexec sleep 600");
        Throwable[] thrown = new Throwable[1];
        Thread runner = new Thread(() -> {
            try {
                run(local, Map.of("PATH+TOOLS", tools.toString()), "verify");
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

    private BuildOutcome run(Launcher launcher, Map<String, String> environment, String args) throws Exception {
        BuildRequest request = new BuildRequest(BuildTool.MAVEN.userName(), null, args, null, null, environment,
                cache.toString(), null);
        return BuildRunner.run(request, new LauncherBuildHost(new FilePath(workspace.toFile()), launcher,
                new StreamTaskListener(launcherLog, StandardCharsets.UTF_8)), log::add);
    }

    private void tool(String name, String script) throws Exception {
        Path file = tools.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
