package io.jenkins.plugins.skylark.deploy.expose;

import io.jenkins.plugins.skylark.deploy.validation.InvalidInputException;
import java.util.List;

/** An expose that must not be applied; lists every problem found, each naming its field or the other route. */
public class InvalidExposeException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    public InvalidExposeException(List<String> problems) {
        super(problems);
    }

    static void throwIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidExposeException(problems);
        }
    }
}
