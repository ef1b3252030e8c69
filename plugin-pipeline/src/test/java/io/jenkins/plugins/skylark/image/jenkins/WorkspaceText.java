package io.jenkins.plugins.skylark.image.jenkins;

import hudson.FilePath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every file of a workspace, read as one text, to search it for what must never be written there. */
final class WorkspaceText {
    private WorkspaceText() {
    }

    static String of(FilePath workspace) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(workspace.getRemote()))) {
            return files.filter(Files::isRegularFile).map(WorkspaceText::read).collect(Collectors.joining("\n"));
        }
    }

    private static String read(Path file) {
        try {
            // ISO-8859-1 maps every byte to a character, so binary files are searched too
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
