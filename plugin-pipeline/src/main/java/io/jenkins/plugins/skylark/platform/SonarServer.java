package io.jenkins.plugins.skylark.platform;

/**
 * A SonarQube server projects analyse their code on.
 *
 * @param id DNS-1123 label, unique among SonarQube servers; projects name it
 * @param url the server's base URL with scheme ({@code https://sonar.example.com}), without trailing slash
 * @param credentialsId secret text: a token allowed to analyse and to browse the projects; projects may
 *     name their own instead
 * @param webhookSecretId secret text: the secret SonarQube signs its webhooks with
 *     ({@code X-Sonar-Webhook-HMAC-SHA256}); {@code null} = webhooks from this server are refused and quality
 *     gates are polled
 */
public record SonarServer(String id, String url, String credentialsId, String webhookSecretId) {
}
