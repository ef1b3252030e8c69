package io.jenkins.plugins.skylark.sonar;

import java.io.Serializable;

/** An uploaded analysis whose background task and gate are awaited; what a waiting step saves. */
public record PendingScan(String serverUrl, String projectKey, String taskId, String dashboardUrl)
        implements Serializable {

    public static PendingScan of(String serverUrl, String projectKey, ReportTask report) {
        return new PendingScan(serverUrl, projectKey, report.ceTaskId(), report.dashboardUrl());
    }
}
