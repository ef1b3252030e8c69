package io.jenkins.plugins.skylark.sonar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sonarsource.scanner.lib.ScannerEngineBootstrapResult;
import org.sonarsource.scanner.lib.ScannerEngineBootstrapper;

/**
 * An analysis with the SonarScanner Java library, as the SonarScanner CLI and the Maven/Gradle scanners do
 * it: the library asks the server for its version, downloads the scanner engine (and, when the server offers
 * one, a JRE) from the server into the scanner cache, runs it, and the engine uploads the report and writes
 * {@code report-task.txt}. The token is a bootstrap property (the library hands it to the engine over its
 * standard input), never a command-line argument. The library logs through SLF4J; {@link ScannerLog} copies
 * those lines to the build log while the analysis runs.
 */
public final class ScannerLibraryAnalyzer implements SonarAnalyzer {
    private static final long serialVersionUID = 1L;
    private static final String WORK_DIR = ".scannerwork";

    /** {@code sonar.userHome} (the scanner cache); {@code null} = the library's default, {@code ~/.sonar}. */
    private final String userHome;

    public ScannerLibraryAnalyzer(String userHome) {
        this.userHome = userHome;
    }

    @Override
    public ReportTask analyze(Map<String, String> properties, String token, Path baseDir, Consumer<String> log)
            throws SonarException, IOException {
        Map<String, String> bootstrap = new HashMap<>(properties);
        bootstrap.put("sonar.token", token);
        bootstrap.put("sonar.projectBaseDir", baseDir.toString());
        bootstrap.put("sonar.working.directory", baseDir.resolve(WORK_DIR).toString());
        if (userHome != null) {
            bootstrap.put("sonar.userHome", userHome);
        }
        List<String> errors = new ArrayList<>();
        try (ScannerLog ignored = ScannerLog.capture(token, log, errors)) {
            run(bootstrap, properties.get("sonar.host.url"), errors);
        }
        return reportTask(baseDir.resolve(WORK_DIR).resolve(ReportTask.FILE));
    }

    private static void run(Map<String, String> bootstrap, String server, List<String> errors)
            throws SonarException {
        try (ScannerEngineBootstrapResult result = ScannerEngineBootstrapper.create("Skylark", "1")
                .addBootstrapProperties(bootstrap).bootstrap()) {
            if (!result.isSuccessful()) {
                throw new SonarException(Messages.format("analysis.bootstrapFailed", server, last(errors)), false);
            }
            if (!result.getEngineFacade().analyze(bootstrap)) {
                throw new SonarException(Messages.format("analysis.failed", server, last(errors)), false);
            }
        } catch (SonarException e) {
            throw e;
        } catch (Exception e) { // the library throws unchecked exceptions for download and engine failures
            throw new SonarException(Messages.format("analysis.engineFailed", server, describe(e)), false);
        }
    }

    private static ReportTask reportTask(Path file) throws SonarException, IOException {
        try {
            return ReportTask.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new SonarException(Messages.format("analysis.noReportTask", file), false);
        }
    }

    private static String last(List<String> errors) {
        return errors.isEmpty() ? Messages.format("analysis.seeLog") : errors.get(errors.size() - 1);
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(": ").append(cause.getMessage());
        }
        return text.toString();
    }
}
