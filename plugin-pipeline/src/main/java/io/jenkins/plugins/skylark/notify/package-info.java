/**
 * Sends one {@link io.jenkins.plugins.skylark.notify.Notification} to a chat channel (DingTalk, WeCom,
 * Feishu / Lark, Slack, generic webhook), rendered in the vendor's format and signed as the vendor
 * documents. Plain Java: the JDK HTTP client and Jackson; webhook URLs and secrets are values handed in
 * by the caller and never appear in a {@link io.jenkins.plugins.skylark.notify.SendResult}.
 */
package io.jenkins.plugins.skylark.notify;
