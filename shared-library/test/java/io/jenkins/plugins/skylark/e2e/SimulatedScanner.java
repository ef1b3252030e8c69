package io.jenkins.plugins.skylark.e2e;

import hudson.ExtensionList;
import io.jenkins.plugins.skylark.sonar.ReportTask;
import io.jenkins.plugins.skylark.sonar.SonarAnalyzer;
import io.jenkins.plugins.skylark.sonar.jenkins.PlatformScanStep;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The demo's stand-in for the SonarScanner engine, which only a real SonarQube serves (it is not on Maven
 * Central; see plugin-pipeline's {@code ScannerLibraryAnalyzerTest}): given platformScan's analysis properties and
 * token, it does what the engine does last: uploads an analysis report (a zip naming the project and the sources
 * it would analyse) to {@code api/ce/submit} with the token as basic-authentication user, and writes
 * {@code .scannerwork/report-task.txt} with the Compute Engine task SonarQube answered. platformScan's own work —
 * properties from the model, token from the credential, the gate wait and polls, the result — is unchanged.
 */
final class SimulatedScanner implements SonarAnalyzer {
    private static final long serialVersionUID = 1L;
    private static final Pattern TASK_ID = Pattern.compile("\"taskId\"\\s*:\\s*\"([^\"]+)\"");
    private static final String BOUNDARY = "skylark-demo-report";

    /** Makes platformScan analyse with this stand-in in the running Jenkins. */
    static void install() {
        ExtensionList.lookupSingleton(PlatformScanStep.DescriptorImpl.class).useAnalyzer(new SimulatedScanner());
    }

    @Override
    public ReportTask analyze(Map<String, String> properties, String token, Path baseDir, Consumer<String> log)
            throws IOException, InterruptedException {
        String server = properties.get("sonar.host.url");
        String projectKey = properties.get("sonar.projectKey");
        log.accept("[sonar] simulated analysis of " + projectKey + " (sources " + properties.get("sonar.sources")
                + ", version " + properties.get("sonar.projectVersion") + "): the scanner engine comes from a real"
                + " SonarQube only; uploading the report to " + server);
        HttpRequest request = HttpRequest.newBuilder(URI.create(server + "/api/ce/submit?projectKey=" + projectKey))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString((token + ":").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(report(properties))))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        Matcher task = TASK_ID.matcher(response.body());
        if (response.statusCode() != 200 || !task.find()) {
            throw new IOException("SonarQube at " + server + " refused the analysis report: HTTP "
                    + response.statusCode() + " " + response.body());
        }
        String text = "projectKey=" + projectKey + "\nserverUrl=" + server + "\ndashboardUrl=" + server
                + "/dashboard?id=" + projectKey + "\nceTaskId=" + task.group(1) + "\nceTaskUrl=" + server
                + "/api/ce/task?id=" + task.group(1) + "\n";
        Path work = Files.createDirectories(baseDir.resolve(".scannerwork"));
        Files.writeString(work.resolve(ReportTask.FILE), text);
        return ReportTask.parse(text);
    }

    /** The "report": the analysis properties, as a zip like the engine's (without any analysis in it). */
    private static byte[] report(Map<String, String> properties) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("analysis.properties"));
            StringBuilder text = new StringBuilder();
            properties.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
            zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] multipart(byte[] report) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"report\"; filename=\"report.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(report);
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
