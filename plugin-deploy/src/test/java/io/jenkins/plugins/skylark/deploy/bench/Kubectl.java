package io.jenkins.plugins.skylark.deploy.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * kubectl as a user's script runs it: its own process per command, against one kubeconfig, with one discovery cache
 * directory (warm after the first command), its output to a log file.
 */
final class Kubectl {
    private final Path kubeconfig;
    private final Path cacheDir;

    Kubectl(Path kubeconfig, Path cacheDir) {
        this.kubeconfig = kubeconfig;
        this.cacheDir = cacheDir;
    }

    static boolean installed() {
        return Files.isExecutable(Path.of("/usr/bin/kubectl"));
    }

    /**
     * Runs {@code kubectl ARGS} and answers its wall time, process start included.
     *
     * @throws IllegalStateException when it times out or exits with an error (its output in the message)
     */
    long run(Path log, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("kubectl", "--kubeconfig", kubeconfig.toString(),
                "--cache-dir", cacheDir.toString()));
        command.addAll(List.of(args));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + String.join(" ", command));
        }
        long elapsed = System.nanoTime() - start;
        if (process.exitValue() != 0) {
            throw new IllegalStateException("exit code " + process.exitValue() + " from " + String.join(" ", args)
                    + ":\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
        return elapsed;
    }
}
