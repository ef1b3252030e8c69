package io.jenkins.plugins.skylark.platform;

import java.util.Locale;

/** Which JIRA a {@link JiraServer} is: they differ in REST version, search call and authentication. */
public enum JiraFlavor {
    /** Atlassian Cloud: REST v3, {@code /rest/api/3/search/jql}, e-mail and API token (Basic). */
    CLOUD,
    /** Data Center / Server: REST v2, {@code /rest/api/2/search}, personal access token (Bearer). */
    DATA_CENTER;

    /**
     * Parses {@code cloud} or {@code data-center} (or the constant names), case-insensitively.
     *
     * @throws IllegalArgumentException naming the value and the accepted names
     */
    public static JiraFlavor parse(String value) {
        return EnumNames.parse(JiraFlavor.class, JiraFlavor::userName, value, "JiraFlavor.unknown");
    }

    /** The name users write: {@code cloud}, {@code data-center}. */
    public String userName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
