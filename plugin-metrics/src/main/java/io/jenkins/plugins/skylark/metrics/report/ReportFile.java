package io.jenkins.plugins.skylark.metrics.report;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One file the adapter writes into the workspace.
 *
 * @param name    file name, no directory
 * @param content the bytes (text files are UTF-8)
 */
public record ReportFile(String name, byte[] content) {

    public ReportFile {
        content = content.clone();
    }

    static ReportFile text(String name, String text) {
        return new ReportFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportFile other && name.equals(other.name) && Arrays.equals(content, other.content);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return name + " (" + content.length + " bytes)";
    }
}
