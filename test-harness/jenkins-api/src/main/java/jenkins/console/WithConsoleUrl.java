package jenkins.console;

/** Object that has a console page (members not needed by Skylark). */
public interface WithConsoleUrl {
}
