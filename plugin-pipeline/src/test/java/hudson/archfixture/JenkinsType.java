package hudson.archfixture;

/** Stands in for a Jenkins type in {@code CorePackagesArchitectureTest}. */
public class JenkinsType {
}
