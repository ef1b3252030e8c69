package io.jenkins.plugins.skylark.template.catalogue;

import io.jenkins.plugins.skylark.template.DescriptorReader;
import java.util.List;
import java.util.regex.Pattern;

/** Finds the line of an example in {@code template.yaml}: the descriptor keeps no lines once read. */
final class ExampleLines {

    private ExampleLines() {
    }

    /** The line of {@code name: <example>} after {@code examples:}, 0 when not found. */
    static int line(CatalogueFolder folder, String example) {
        List<String> lines = folder.read(DescriptorReader.DESCRIPTOR).orElse("").lines().toList();
        Pattern name = Pattern.compile("^\\s*(-\\s*)?name:\\s*[\"']?" + Pattern.quote(example) + "[\"']?\\s*$");
        boolean inExamples = false;
        for (int i = 0; i < lines.size(); i++) {
            inExamples |= lines.get(i).startsWith("examples:");
            if (inExamples && name.matcher(lines.get(i)).matches()) {
                return i + 1;
            }
        }
        return 0;
    }
}
