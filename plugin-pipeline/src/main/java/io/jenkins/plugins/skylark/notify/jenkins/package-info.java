/**
 * Jenkins adapter of notifications: the {@code platformNotify} step, the listener that sends delivery
 * events to the channels subscribed to them, and the lookup of each channel's webhook URL and signing
 * secret in the build's credentials.
 */
package io.jenkins.plugins.skylark.notify.jenkins;
