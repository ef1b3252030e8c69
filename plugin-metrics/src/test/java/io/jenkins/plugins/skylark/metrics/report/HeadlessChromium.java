package io.jenkins.plugins.skylark.metrics.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import io.jenkins.plugins.skylark.harness.MissingTool;

/**
 * Runs Debian's headless Chromium once per call. Without Chromium the calling test is skipped with
 * the reason printed, except under CI ({@code CI=true}), where it fails.
 */
final class HeadlessChromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");

    /** What one run printed. */
    record Run(String stdout, String stderr) {
    }

    private final Path profile;

    HeadlessChromium(Path workDir) {
        this.profile = workDir.resolve("profile");
    }

    static void requireInstalled() {
        if (Files.isExecutable(BINARY)) {
            return;
        }
        MissingTool.skipOrFail(BINARY + " is missing (apt-get install chromium)");
    }

    Run dumpDom(String url) throws IOException, InterruptedException {
        return run(List.of("--dump-dom", url));
    }

    Run screenshot(String url, Path png) throws IOException, InterruptedException {
        return run(List.of("--screenshot=" + png, "--window-size=1400,1500", "--hide-scrollbars", url));
    }

    private Run run(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--enable-logging=stderr", "--v=0", "--user-data-dir=" + profile));
        command.addAll(args);
        Path out = Files.createTempFile(profile.getParent(), "chromium", ".out");
        Path err = Files.createTempFile(profile.getParent(), "chromium", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("chromium did not finish: " + command);
        }
        return new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
