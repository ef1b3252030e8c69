package io.jenkins.plugins.skylark.platform;

import java.util.Locale;

/** The build tools {@code platformBuild} runs. */
public enum BuildTool {
    MAVEN,
    GRADLE,
    NPM,
    GO;

    /**
     * Parses {@code maven}, {@code gradle}, {@code npm} or {@code go}, case-insensitively.
     *
     * @throws IllegalArgumentException naming the value and the accepted names
     */
    public static BuildTool parse(String value) {
        return EnumNames.parse(BuildTool.class, BuildTool::userName, value, "BuildTool.unknown");
    }

    /** The name users write: {@code maven}, {@code gradle}, {@code npm}, {@code go}. */
    public String userName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
