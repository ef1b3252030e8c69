package io.jenkins.plugins.skylark.build;

/** The build could not run or could not be read: the message names the tool, file or field, never a secret. */
public final class BuildException extends Exception {
    private static final long serialVersionUID = 1L;

    public BuildException(String message) {
        super(message);
    }

    public BuildException(String message, Throwable cause) {
        super(message, cause);
    }

    static BuildException of(String key, Object... arguments) {
        return new BuildException(Messages.get(key, arguments));
    }
}
