/**
 * Webhooks from the servers Skylark waits on (SonarQube quality gates, Harbor scans): a file-backed
 * {@link io.jenkins.plugins.skylark.webhook.WebhookInbox} the receiving endpoint stores payloads in, keyed
 * by source and key (a SonarQube task id, an artifact digest), and {@link io.jenkins.plugins.skylark.webhook.GateWait},
 * the pure policy a waiting step follows: look in the inbox at every tick, after a webhook-only grace also
 * poll the server with exponential backoff, give up at a total timeout. Plain Java, no Jenkins types; the
 * endpoint lives in {@code webhook.jenkins}.
 */
package io.jenkins.plugins.skylark.webhook;
