package io.jenkins.plugins.skylark.notify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two chat markups we write: Markdown (DingTalk, WeCom) and Slack's mrkdwn. User text is escaped
 * so that it shows as typed and cannot add links, mentions or formatting; link targets are
 * percent-encoded where they could close the link syntax.
 */
enum Markup {
    MARKDOWN {
        @Override
        String text(String value) {
            String html = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            return MARKDOWN_SPECIAL.matcher(html).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
        }

        @Override
        String bold(String value) {
            return "**" + text(value) + "**";
        }

        @Override
        String link(String label, String url) {
            return "[" + text(label) + "](" + encodeUrl(url, "()") + ")";
        }

        @Override
        String lineBreak() {
            return "  \n";
        }
    },
    SLACK {
        @Override
        String text(String value) {
            // Slack documents exactly these three as the characters to escape in mrkdwn.
            return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }

        @Override
        String bold(String value) {
            return "*" + text(value).replace("*", "∗") + "*";
        }

        @Override
        String link(String label, String url) {
            return "<" + encodeUrl(url, "|") + "|" + text(label).replace("|", "¦") + ">";
        }

        @Override
        String lineBreak() {
            return "\n";
        }
    };

    private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("[\\\\`*_{}\\[\\]()#+\\-!|~]");

    abstract String text(String value);

    abstract String bold(String value);

    abstract String link(String label, String url);

    abstract String lineBreak();

    /** Percent-encodes white space, angle brackets, quotes and the markup's own delimiters in a URL. */
    static String encodeUrl(String url, String delimiters) {
        StringBuilder out = new StringBuilder(url.length());
        for (char c : url.toCharArray()) {
            if (c <= ' ' || c == '<' || c == '>' || c == '"' || delimiters.indexOf(c) >= 0) {
                out.append('%').append(String.format("%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The card body: level and message, then one line per link. */
    String render(Notification notification) {
        StringBuilder body = new StringBuilder();
        body.append(emoji(notification.level())).append(' ').append(bold(notification.title()));
        for (String line : notification.message().strip().split("\\R")) {
            body.append(lineBreak()).append(text(line));
        }
        for (Notification.Link link : notification.links()) {
            body.append(lineBreak()).append(bold(link.kind().label())).append(": ")
                    .append(link.url() == null ? text(link.text()) : link(link.text(), link.url()));
        }
        return body.toString();
    }

    static String emoji(Level level) {
        return switch (level) {
            case INFO -> "ℹ️";
            case SUCCESS -> "✅";
            case WARNING -> "⚠️";
            case FAILURE -> "❌";
        };
    }
}
