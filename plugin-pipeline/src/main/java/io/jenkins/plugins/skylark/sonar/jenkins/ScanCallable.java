package io.jenkins.plugins.skylark.sonar.jenkins;

import hudson.AbortException;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.skylark.sonar.ReportTask;
import io.jenkins.plugins.skylark.sonar.ScanRequest;
import io.jenkins.plugins.skylark.sonar.SonarAnalyzer;
import io.jenkins.plugins.skylark.sonar.SonarException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jenkins.MasterToSlaveFileCallable;

/**
 * The analysis, on the agent holding the workspace (its network zone reaches SonarQube): the properties
 * are computed from what the build left in the workspace there, then the analyzer runs. The token travels
 * in this callable over the agent channel only; it is never saved (the execution holds the credential id).
 */
final class ScanCallable extends MasterToSlaveFileCallable<ReportTask> {
    private static final long serialVersionUID = 1L;

    private final ScanRequest request;
    private final String token;
    private final SonarAnalyzer analyzer;
    private final TaskListener listener;

    ScanCallable(ScanRequest request, String token, SonarAnalyzer analyzer, TaskListener listener) {
        this.request = request;
        this.token = token;
        this.analyzer = analyzer;
        this.listener = listener;
    }

    @Override
    public ReportTask invoke(File workspace, VirtualChannel channel) throws IOException, InterruptedException {
        Path base = workspace.toPath();
        try {
            return analyzer.analyze(request.properties(path -> Files.exists(base.resolve(path))), token, base,
                    listener.getLogger()::println);
        } catch (SonarException e) {
            throw new AbortException(e.getMessage());
        }
    }
}
