package io.jenkins.plugins.skylark.template.job;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.List;

/** A unified diff (three lines of context) between two Jenkinsfiles; empty when they are equal. */
public final class ScriptDiff {

    private static final int CONTEXT = 3;

    private ScriptDiff() {
    }

    public static String unified(String fromName, String from, String toName, String to) {
        List<String> fromLines = from.lines().toList();
        List<String> toLines = to.lines().toList();
        Patch<String> patch = DiffUtils.diff(fromLines, toLines);
        if (patch.getDeltas().isEmpty()) {
            return "";
        }
        return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff(fromName, toName, fromLines, patch, CONTEXT))
                + "\n";
    }
}
