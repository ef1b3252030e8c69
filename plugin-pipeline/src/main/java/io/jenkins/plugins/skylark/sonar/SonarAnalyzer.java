package io.jenkins.plugins.skylark.sonar;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs one analysis of a workspace and uploads it; the report's background task is then waited for. The
 * production implementation is {@link ScannerLibraryAnalyzer}; being an interface keeps the gate wait
 * testable without a scanner engine. Serialisable: it runs on the agent that holds the workspace.
 */
public interface SonarAnalyzer extends Serializable {

    /**
     * @param properties the analysis properties ({@code sonar.host.url}, {@code sonar.projectKey} …), no token
     * @param token the SonarQube token; never to be logged, written to a file or put on a command line
     * @param baseDir the workspace analysed
     * @param log lines for the build log (already free of the token)
     * @return the scanner's report task ({@code report-task.txt})
     */
    ReportTask analyze(Map<String, String> properties, String token, Path baseDir, Consumer<String> log)
            throws SonarException, IOException, InterruptedException;
}
