package io.jenkins.plugins.skylark.harness.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code sh}: runs the script for real with {@code sh -xe} in the current directory and environment,
 * streaming its output to the console; {@code returnStdout} / {@code returnStatus} as in Jenkins.
 */
final class ShellStep implements PipelineStep {

    @Override
    public Object invoke(StepCall call) throws IOException, InterruptedException {
        String script = call.text("script", true);
        boolean returnStdout = Boolean.TRUE.equals(call.argument("returnStdout", false));
        boolean returnStatus = Boolean.TRUE.equals(call.argument("returnStatus", false));
        PipelineRuntime runtime = call.runtime();
        ProcessBuilder builder = new ProcessBuilder("sh", "-xe", "-c", script)
                .directory(runtime.directory().toFile())
                .redirectErrorStream(!returnStdout);
        Map<String, String> environment = builder.environment();
        environment.putAll(runtime.environment());
        runtime.log("+ sh " + firstLine(script));
        Process process = builder.start();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        Thread stderr = returnStdout ? copyInBackground(process.getErrorStream(), runtime) : null;
        copy(process.getInputStream(), returnStdout ? stdout : runtime.logger());
        int status = process.waitFor();
        if (stderr != null) {
            stderr.join();
        }
        if (returnStatus) {
            return status;
        }
        if (status != 0) {
            throw new PipelineFailure("script returned exit code " + status);
        }
        return returnStdout ? stdout.toString(StandardCharsets.UTF_8) : null;
    }

    private static String firstLine(String script) {
        String trimmed = script.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline) + " …";
    }

    private static Thread copyInBackground(InputStream in, PipelineRuntime runtime) {
        Thread thread = new Thread(() -> {
            try {
                copy(in, runtime.logger());
            } catch (IOException e) {
                runtime.log("cannot read the script's error output: " + e.getMessage());
            }
        });
        thread.start();
        return thread;
    }

    private static void copy(InputStream in, java.io.OutputStream out) throws IOException {
        try (in) {
            in.transferTo(out);
        }
    }
}
