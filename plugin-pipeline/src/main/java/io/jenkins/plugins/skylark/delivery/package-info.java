/**
 * Delivery events: the facts (image pushed, deployed, deploy failed, rolled back, incidents) that the
 * Skylark steps emit and the metrics plugin records. Plain Java, no Jenkins types; the Jenkins
 * extension point that carries them lives in {@code delivery.jenkins}.
 */
package io.jenkins.plugins.skylark.delivery;
