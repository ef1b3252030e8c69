package io.jenkins.plugins.skylark.harness.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A {@code main} class run in a JVM of its own with this JVM's class path, so that it can be killed
 * without warning while the test goes on. The test reads the child's standard output line by line
 * ({@link #nextLine()}); standard error goes to a file, shown when something goes wrong.
 *
 * <p>{@link #kill()} ends the child with {@link ProcessHandle#destroyForcibly()}, which on Linux is
 * {@code SIGKILL}: no shutdown hook, no {@code finally}, no buffered write reaches the disk. What the
 * child had already written to its standard output stays readable after its death
 * ({@link Process#destroyForcibly()} sends the same signal but also closes the pipes, losing that).
 */
public final class ChildJvm implements AutoCloseable {

    private static final long EXIT_WAIT_SECONDS = 60;

    private final Process process;
    private final BufferedReader output;
    private final Path errors;

    private ChildJvm(Process process, Path errors) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.errors = errors;
    }

    /** Starts {@code mainClass} with {@code arguments}; its standard error goes to {@code folder/child-stderr.txt}. */
    public static ChildJvm start(Class<?> mainClass, Path folder, List<String> arguments) {
        try {
            Files.createDirectories(folder);
            Path errors = folder.resolve("child-stderr.txt");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), mainClass.getName()));
            command.addAll(arguments);
            Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            return new ChildJvm(process, errors);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a JVM for " + mainClass.getName(), e);
        }
    }

    /** The child's next line of standard output, or empty once it has closed it (exited or been killed). */
    public Optional<String> nextLine() {
        try {
            return Optional.ofNullable(output.readLine());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the child's output", e);
        }
    }

    /** Kills the child with {@code SIGKILL} and waits until it is gone. */
    public void kill() {
        process.toHandle().destroyForcibly();
        waitForExit();
    }

    /** Whether the child is still running. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** What the child wrote to its standard error so far (for failure messages). */
    public String errors() {
        try {
            return Files.exists(errors) ? Files.readString(errors, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(could not read " + errors + ": " + e.getMessage() + ")";
        }
    }

    /** The exit code: 137 (128 + SIGKILL) after {@link #kill()} on Linux. */
    public int exitCode() {
        waitForExit();
        return process.exitValue();
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(EXIT_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the child JVM did not end within " + EXIT_WAIT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the child JVM", e);
        }
    }

    /** Kills the child if it still runs and closes its output. */
    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
        try {
            output.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
