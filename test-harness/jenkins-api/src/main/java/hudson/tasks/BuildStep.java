package hudson.tasks;

/** One step of a build (a builder, publisher or job property); members not needed by Skylark. */
public interface BuildStep {
}
