/**
 * The Jenkins side of receiving webhooks: one unprotected endpoint, {@code /skylark-webhook/<source>}, exempt
 * from the CSRF crumb (senders have none) for that URL only, which hands each post to the
 * {@link io.jenkins.plugins.skylark.webhook.jenkins.SkylarkWebhookReceiver} of its source (SonarQube,
 * Harbor). A receiver authenticates the post with the server's webhook secret and stores it in the inbox
 * under {@code JENKINS_HOME/skylark-webhooks}; waiting steps read it from there.
 */
package io.jenkins.plugins.skylark.webhook.jenkins;
