package io.jenkins.plugins.skylark.sonar.jenkins;

import io.jenkins.plugins.skylark.sonar.ScanRequest;
import java.io.Serializable;
import java.time.Duration;

/**
 * A checked {@code platformScan} call: what the execution saves (no secret, only the credential's id).
 *
 * @param serverId the SonarQube server's id in the platform model
 * @param credentialsId the secret-text credential holding the token
 */
public record ScanPlan(String project, String application, String serverId, String credentialsId,
        ScanRequest request, long webhookGraceMillis, long timeoutMillis, boolean unstableOnGateFailure)
        implements Serializable {

    Duration webhookGrace() {
        return Duration.ofMillis(webhookGraceMillis);
    }

    Duration timeout() {
        return Duration.ofMillis(timeoutMillis);
    }
}
