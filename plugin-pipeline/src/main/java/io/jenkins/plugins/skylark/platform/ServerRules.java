package io.jenkins.plugins.skylark.platform;

import java.util.List;

/**
 * Rules for SonarQube and JIRA servers: id a label unique among servers of its kind, an {@code http(s)} URL
 * with a host and without user information, credentials (a token; for JIRA as its flavor needs), a flavor for
 * JIRA, and an optional SonarQube webhook secret.
 */
final class ServerRules {

    private ServerRules() {
    }

    static void check(PlatformModel model, Problems problems) {
        List<SonarServer> sonars = model.sonarServers();
        List<SonarServer> earlierSonar = ObjectIds.earlierWithSameKey(sonars, SonarServer::id);
        for (int i = 0; i < sonars.size(); i++) {
            SonarServer server = sonars.get(i);
            Problems.Subject subject = problems.about("sonarServer", ObjectIds.of(server.id(), i));
            common(subject, problems, "kind.sonarServer", server.id(), earlierSonar.get(i) != null, server.url(),
                    server.credentialsId());
            optionalCredentialsId(subject, "webhookSecretId", server.webhookSecretId());
        }
        List<JiraServer> jiras = model.jiraServers();
        List<JiraServer> earlierJira = ObjectIds.earlierWithSameKey(jiras, JiraServer::id);
        for (int i = 0; i < jiras.size(); i++) {
            JiraServer server = jiras.get(i);
            Problems.Subject subject = problems.about("jiraServer", ObjectIds.of(server.id(), i));
            common(subject, problems, "kind.jiraServer", server.id(), earlierJira.get(i) != null, server.url(),
                    server.credentialsId());
            subject.required("flavor", server.flavor());
        }
    }

    private static void common(Problems.Subject subject, Problems problems, String kindKey, String id,
            boolean duplicate, String url, String credentialsId) {
        if (subject.label("id", id, "id.invalid") && duplicate) {
            subject.add("id", "id.duplicate", id, problems.text(kindKey));
        }
        serverUrl(subject, "url", url);
        if (subject.required("credentialsId", credentialsId)) {
            ReleaseRules.credentialsId(subject, "credentialsId", credentialsId.strip());
        }
    }

    /** A server's base URL: required, {@code http(s)} with a host, no user information. */
    static void serverUrl(Problems.Subject subject, String field, String url) {
        if (subject.required(field, url)) {
            Addresses.checkHttpUrl(subject, field, url);
        }
    }

    /** A credentials id that may be absent; when present, it must look like one (never a pasted URL). */
    static void optionalCredentialsId(Problems.Subject subject, String field, String id) {
        if (!ObjectIds.isBlank(id)) {
            ReleaseRules.credentialsId(subject, field, id.strip());
        }
    }
}
