/**
 * Where a notification goes and what it says: the validated {@code platformNotify} arguments, the
 * project's channels a message or a delivery event is for, the links that place a message (build,
 * project, environment, application, version), the localised texts of delivery events, and the outcome
 * handed back to the Pipeline. Plain Java; sending is {@code notify}'s, credentials are the adapter's.
 */
package io.jenkins.plugins.skylark.notify.routing;
