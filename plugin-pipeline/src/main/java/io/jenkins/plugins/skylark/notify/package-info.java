/**
 * Sends one {@link io.jenkins.plugins.skylark.notify.Notification} to its channels (DingTalk, WeCom,
 * Feishu / Lark, Slack, generic webhook, email), rendered in each vendor's format and signed as the
 * vendor documents. {@link io.jenkins.plugins.skylark.notify.NotificationDispatcher} is the entry point:
 * it keeps each robot within its documented rate limit ({@link io.jenkins.plugins.skylark.notify.RateLimiter},
 * shared by the JVM, waiting rather than dropping), retries what is worth retrying with backoff, and
 * reports per channel. Plain Java: the JDK HTTP client and Jackson; webhook URLs and secrets are values
 * handed in by the caller and never appear in a result, a log line or an exception.
 */
package io.jenkins.plugins.skylark.notify;
