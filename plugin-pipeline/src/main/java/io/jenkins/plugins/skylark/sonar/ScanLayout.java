package io.jenkins.plugins.skylark.sonar;

import io.jenkins.plugins.skylark.platform.BuildTool;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Where a build tool keeps sources, compiled classes, test reports and coverage, as analysis properties: only
 * paths that exist in the workspace are passed, so an analysis before the tests ran (or without JaCoCo) still
 * runs, and a report the build wrote is never forgotten. The tool is the application's, or guessed from the
 * build file present.
 */
public final class ScanLayout {
    private ScanLayout() {
    }

    /** The tool whose build file {@code exists} finds, {@code null} when none. */
    public static BuildTool guess(Predicate<String> exists) {
        if (exists.test("pom.xml")) {
            return BuildTool.MAVEN;
        }
        if (exists.test("build.gradle") || exists.test("build.gradle.kts")) {
            return BuildTool.GRADLE;
        }
        if (exists.test("package.json")) {
            return BuildTool.NPM;
        }
        return exists.test("go.mod") ? BuildTool.GO : null;
    }

    /** The properties for {@code tool} ({@code null} = guess); {@code exists} tests workspace-relative paths. */
    public static Map<String, String> properties(BuildTool tool, Predicate<String> exists) {
        BuildTool chosen = tool != null ? tool : guess(exists);
        Map<String, String> properties = new LinkedHashMap<>();
        if (chosen == null) {
            properties.put("sonar.sources", ".");
            return properties;
        }
        switch (chosen) {
            case MAVEN -> jvm(properties, exists, "target/classes", "target/surefire-reports",
                    "target/site/jacoco/jacoco.xml");
            case GRADLE -> jvm(properties, exists, "build/classes", "build/test-results/test",
                    "build/reports/jacoco/test/jacocoTestReport.xml");
            case NPM -> {
                properties.put("sonar.sources", exists.test("src") ? "src" : ".");
                properties.put("sonar.exclusions", "node_modules/**,coverage/**");
                putIfExists(properties, exists, "sonar.javascript.lcov.reportPaths", "coverage/lcov.info");
            }
            case GO -> {
                properties.put("sonar.sources", ".");
                properties.put("sonar.exclusions", "**/*_test.go,vendor/**");
                properties.put("sonar.tests", ".");
                properties.put("sonar.test.inclusions", "**/*_test.go");
                putIfExists(properties, exists, "sonar.go.coverage.reportPaths", "coverage.out");
            }
        }
        return properties;
    }

    private static void jvm(Map<String, String> properties, Predicate<String> exists, String classes, String junit,
            String jacoco) {
        properties.put("sonar.sources", exists.test("src/main") ? "src/main" : ".");
        putIfExists(properties, exists, "sonar.tests", "src/test");
        putIfExists(properties, exists, "sonar.java.binaries", classes);
        putIfExists(properties, exists, "sonar.junit.reportPaths", junit);
        putIfExists(properties, exists, "sonar.coverage.jacoco.xmlReportPaths", jacoco);
    }

    private static void putIfExists(Map<String, String> properties, Predicate<String> exists, String key,
            String path) {
        if (exists.test(path)) {
            properties.put(key, path);
        }
    }
}
