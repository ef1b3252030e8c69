package io.jenkins.plugins.skylark.sonar;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.StringReader;
import java.util.Properties;

/**
 * The scanner's {@code report-task.txt} (in its working directory, {@code .scannerwork} by default): which
 * background task processes the uploaded report and where its dashboard is.
 */
public record ReportTask(String ceTaskId, String dashboardUrl, String serverUrl, String projectKey)
        implements Serializable {

    public static final String FILE = "report-task.txt";

    /** @throws IllegalArgumentException when the file names no task */
    public static ReportTask parse(String text) {
        Properties properties = new Properties();
        try (Reader reader = new StringReader(text)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        String task = properties.getProperty("ceTaskId");
        if (task == null || task.isBlank()) {
            throw new IllegalArgumentException(Messages.format("report.noTask", FILE));
        }
        return new ReportTask(task.strip(), properties.getProperty("dashboardUrl"),
                properties.getProperty("serverUrl"), properties.getProperty("projectKey"));
    }
}
