package io.jenkins.plugins.skylark.deploy.manifest;

import io.jenkins.plugins.skylark.deploy.validation.InvalidInputException;
import java.util.List;

/** Manifests that must not be applied; lists every problem found, each naming file and line. */
public class InvalidManifestException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    public InvalidManifestException(List<String> problems) {
        super(problems);
    }

    static void throwIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidManifestException(problems);
        }
    }
}
