package io.jenkins.plugins.skylark.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs one command in the workspace with exactly the given environment, stdout and stderr merged and
 * passed on line by line as they come (by a reader thread, so that waiting stays interruptible).
 * Interrupting the calling thread (an aborted build) kills the process and its children. The arguments go to the program directly, no shell in between.
 */
final class ProcessRunner {
    private ProcessRunner() {
    }

    static int run(Path executable, List<String> arguments, Path workspace, Map<String, String> environment,
            Consumer<String> lines) throws BuildException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(arguments.subList(1, arguments.size()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workspace.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw BuildException.of("ProcessRunner.cannotStart", arguments.get(0), e.getMessage());
        }
        Thread reader = new Thread(() -> copyLines(process, lines), "platformBuild output of " + arguments.get(0));
        reader.setDaemon(true);
        reader.start();
        try {
            process.getOutputStream().close();
            int exitCode = process.waitFor(); // interruptible, unlike reading the output
            reader.join();
            return exitCode;
        } catch (IOException e) {
            throw BuildException.of("ProcessRunner.outputLost", arguments.get(0), e.getMessage());
        } finally {
            if (process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }

    private static void copyLines(Process process, Consumer<String> lines) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.accept(line);
            }
        } catch (IOException e) {
            // the process was killed or closed its output: nothing more to pass on
        }
    }
}
