package org.jenkinsci.plugins.workflow.steps;

/** A step needs a contextual object (workspace, launcher …) that no enclosing block provides. */
public class MissingContextVariableException extends Exception {
    private static final long serialVersionUID = 1L;
    private final Class<?> type;

    public MissingContextVariableException(Class<?> type) {
        this.type = type;
    }

    public Class<?> getType() {
        return type;
    }

    @Override
    public String getMessage() {
        return "Required context " + type + " is missing";
    }
}
