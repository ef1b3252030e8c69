package io.jenkins.plugins.skylark.deploy.release.analysis;

import io.jenkins.plugins.skylark.deploy.validation.InvalidInputException;
import java.util.List;

/** An analysis definition (or its placeholder values) that cannot run; every problem names its field. */
public class InvalidAnalysisException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    public InvalidAnalysisException(List<String> problems) {
        super(problems);
    }

    static void throwIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidAnalysisException(problems);
        }
    }
}
