package io.jenkins.plugins.skylark.jira;

import io.jenkins.plugins.skylark.platform.JiraFlavor;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * How a {@link JiraClient} signs in: Cloud takes an e-mail address and an API token (HTTP Basic), Data
 * Center a personal access token (Bearer). {@link #toString()} never shows the secret.
 */
public final class JiraAuth {
    private final JiraFlavor flavor;
    private final String header;

    private JiraAuth(JiraFlavor flavor, String header) {
        this.flavor = flavor;
        this.header = header;
    }

    /** Atlassian Cloud: {@code Authorization: Basic base64(email:apiToken)}. */
    public static JiraAuth cloud(String email, String apiToken) {
        require(email, "email");
        require(apiToken, "apiToken");
        String pair = email + ":" + apiToken;
        return new JiraAuth(JiraFlavor.CLOUD,
                "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    /** Data Center / Server: {@code Authorization: Bearer <personal access token>}. */
    public static JiraAuth dataCenter(String personalAccessToken) {
        require(personalAccessToken, "personalAccessToken");
        return new JiraAuth(JiraFlavor.DATA_CENTER, "Bearer " + personalAccessToken);
    }

    JiraFlavor flavor() {
        return flavor;
    }

    String header() {
        return header;
    }

    @Override
    public String toString() {
        return "JiraAuth[" + flavor.userName() + ", ****]";
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(Messages.format("auth.blank", field));
        }
    }
}
