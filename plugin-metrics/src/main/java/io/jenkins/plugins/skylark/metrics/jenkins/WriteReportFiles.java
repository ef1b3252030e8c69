package io.jenkins.plugins.skylark.metrics.jenkins;

import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.skylark.metrics.report.ReportFile;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jenkins.MasterToSlaveFileCallable;

/** Writes the rendered report files into a workspace folder, on the agent, in one call; carries names and bytes only. */
final class WriteReportFiles extends MasterToSlaveFileCallable<Void> {
    private static final long serialVersionUID = 1L;

    private final String[] names;
    private final byte[][] contents;

    WriteReportFiles(List<ReportFile> files) {
        names = files.stream().map(ReportFile::name).toArray(String[]::new);
        contents = files.stream().map(ReportFile::content).toArray(byte[][]::new);
    }

    @Override
    public Void invoke(File directory, VirtualChannel channel) throws IOException {
        Path folder = Files.createDirectories(directory.toPath());
        for (int i = 0; i < names.length; i++) {
            Files.write(folder.resolve(names[i]), contents[i]);
        }
        return null;
    }
}
