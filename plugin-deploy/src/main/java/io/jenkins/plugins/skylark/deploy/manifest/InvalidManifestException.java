package io.jenkins.plugins.skylark.deploy.manifest;

import java.util.List;

/** Manifests that must not be applied; lists every problem found, each naming file and line. */
public class InvalidManifestException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidManifestException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    static void throwIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidManifestException(problems);
        }
    }
}
