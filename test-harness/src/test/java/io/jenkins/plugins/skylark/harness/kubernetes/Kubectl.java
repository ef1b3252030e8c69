package io.jenkins.plugins.skylark.harness.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harness.MissingTool;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs kubectl against a kubeconfig file, for the tests that drive the fake the way users do. */
record Kubectl(Path kubeconfig) {

    /** Skips the test (or fails it on CI) when kubectl is not installed. */
    static void require() {
        boolean onPath = List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).stream()
                .anyMatch(d -> Files.isExecutable(Path.of(d, "kubectl")));
        if (!onPath) {
            MissingTool.skipOrFail("kubectl is not installed (apt-get install kubectl)");
        }
    }

    /** The trimmed output of a command that must succeed. */
    String ok(String... args) throws IOException, InterruptedException {
        Result r = run(args);
        assertThat(r.code()).as(r.output()).isZero();
        return r.output().trim();
    }

    /** The output of a command that must fail. */
    String failing(String... args) throws IOException, InterruptedException {
        Result r = run(args);
        assertThat(r.code()).as(r.output()).isNotZero();
        return r.output();
    }

    Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("kubectl", "--kubeconfig", kubeconfig.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), output);
    }

    record Result(int code, String output) {
    }
}
